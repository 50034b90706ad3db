"""Prints per-operation figures from the newest Gatling report: requests, failures, p50, p99, mean rate."""
import glob
import re
import sys

report = sorted(glob.glob(sys.argv[1] + "/*/js/stats.js"))[-1]
text = open(report, encoding="utf-8").read()
print("| operation | requests | failed | p50 ms | p99 ms | max ms | per second |")
print("|---|---|---|---|---|---|---|")
for block in re.split(r'stats: \{\n\s*"name": ', text)[1:]:
    name = re.match(r'"([^"]+)"', block).group(1)
    def value(key):
        return re.search(r'"%s": \{\s*"total": "([^"]+)"' % key, block).group(1)
    total = value("numberOfRequests")
    failed = re.search(r'"numberOfRequests": \{[^}]*"ko": "([^"]+)"', block).group(1)
    print(f"| {name} | {total} | {failed} | {value('percentiles1')} | {value('percentiles4')} |"
          f" {value('maxResponseTime')} | {value('meanNumberOfRequestsPerSecond')} |")
