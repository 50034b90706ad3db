package org.zhifagongkai.api.search;

/**
 * The kinds of record search finds. The id prefix is the GraphQL type name, so a hit's id says
 * which type its node is.
 */
public enum SearchRecordKind {
  PENALTY_DECISION("PenaltyDecision", "行政处罚决定"),
  ENFORCEMENT_ITEM("EnforcementItem", "执法事项"),
  BENCHMARK_VIOLATION("BenchmarkViolation", "裁量基准"),
  NO_PENALTY_ITEM("NoPenaltyItem", "不予处罚清单"),
  LEGAL_PROVISION("LegalProvision", "法律条款");

  private static final long SORT_KEY_SPAN = 1_000_000_000_000L;

  final String typeName;
  final String label;

  SearchRecordKind(String typeName, String label) {
    this.typeName = typeName;
    this.label = label;
  }

  String documentId(long id) {
    return typeName + ":" + id;
  }

  /** A sort key unique across kinds. */
  long sortKey(long id) {
    return (ordinal() + 1) * SORT_KEY_SPAN + id;
  }

  static SearchRecordKind ofDocumentId(String documentId) {
    String type = documentId.substring(0, documentId.indexOf(':'));
    for (SearchRecordKind kind : values()) {
      if (kind.typeName.equals(type)) {
        return kind;
      }
    }
    throw new IllegalArgumentException("Not a search document id: " + documentId);
  }

  static long recordId(String documentId) {
    return Long.parseLong(documentId.substring(documentId.indexOf(':') + 1));
  }
}
