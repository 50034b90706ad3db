package org.zhifagongkai.api.opendata;

import static org.zhifagongkai.api.opendata.ColumnType.DATE;
import static org.zhifagongkai.api.opendata.ColumnType.DATE_TIME;
import static org.zhifagongkai.api.opendata.ColumnType.INTEGER;
import static org.zhifagongkai.api.opendata.ColumnType.TEXT;

import java.util.List;
import java.util.Set;
import org.zhifagongkai.api.nopenalty.NoPenaltyItemFilter;
import org.zhifagongkai.api.nopenalty.NoPenaltyListKind;
import org.zhifagongkai.api.nopenalty.NoPenaltyService;

/** The lists of violations not penalised (不予处罚清单, 首违不罚清单), one row per entry. */
final class NoPenaltyDataset {

  static final String NAME = "no-penalty-items";

  private static final List<Column> COLUMNS =
      List.of(
          Column.of("id", INTEGER, "n.id", "NoPenaltyItem.id"),
          Column.of("list_kind", TEXT, "n.list_kind", "NoPenaltyItem.listKind"),
          Column.of("issuer", TEXT, "n.issuer", "NoPenaltyItem.issuer"),
          Column.of(
              "issuer_agency_id", INTEGER, "n.issuer_agency_id", "NoPenaltyItem.issuerAgency"),
          Column.of("field_code", TEXT, "n.field_code", "NoPenaltyItem.field"),
          Column.of("seq", INTEGER, "n.seq", "NoPenaltyItem.seq"),
          Column.of("violation", TEXT, "n.violation", "NoPenaltyItem.violation"),
          Column.of("conditions", TEXT, "n.conditions", "NoPenaltyItem.conditions"),
          Column.of("legal_ground", TEXT, "n.legal_ground", "NoPenaltyItem.legalGround"),
          Column.of("effective_from", DATE, "n.effective_from", "NoPenaltyItem.effectiveFrom"),
          Column.of("effective_to", DATE, "n.effective_to", "NoPenaltyItem.effectiveTo"),
          Column.explained(
              "recorded_at",
              DATE_TIME,
              "n.recorded_at",
              "本平台最初记录该条目的时间 (when the portal first recorded the entry)."),
          Column.explained(
              "last_changed_at",
              DATE_TIME,
              "n.changed_at",
              "该条目最后一次变更的时间 (when the entry last changed)."));

  private NoPenaltyDataset() {}

  static OpenDataset of(NoPenaltyService entries) {
    return new OpenDataset(
        NAME,
        "不予处罚与首违不罚清单",
        "No-penalty and first-violation lists",
        "轻微违法行为不予处罚清单与首次违法不予处罚清单的各条目：违法行为、适用条件、法律依据与施行期间。",
        List.of("不予处罚清单", "首违不罚", "包容审慎监管"),
        "no_penalty_item n",
        "n.id",
        COLUMNS,
        Set.of("field", "listKind", "issuerAgencyId"),
        parameters ->
            entries.listingConditions(
                new NoPenaltyItemFilter(
                    parameters.text("field"),
                    parameters.choice("listKind", NoPenaltyListKind.class),
                    parameters.text("issuerAgencyId"))));
  }
}
