package org.zhifagongkai.api.law;

/** A table that links records to the provisions they rest on or cite. */
public enum ProvisionLink {
  ENFORCEMENT_ITEM("enforcement_item_provision", "item_id", "null"),
  PENALTY_DECISION("penalty_decision_provision", "decision_id", "x.role");

  final String table;
  final String ownerColumn;
  final String roleExpression;

  ProvisionLink(String table, String ownerColumn, String roleExpression) {
    this.table = table;
    this.ownerColumn = ownerColumn;
    this.roleExpression = roleExpression;
  }
}
