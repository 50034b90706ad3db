package org.zhifagongkai.api.findings;

/**
 * One fault a rule finds in one published decision. {@code detail} names the field and the kind of
 * fault, never the published text itself; with the decision and the rule it identifies the fault
 * from one run to the next.
 */
record Finding(long decisionId, long agencyId, PublicationRule rule, String detail) {}
