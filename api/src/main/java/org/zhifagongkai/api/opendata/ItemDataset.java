package org.zhifagongkai.api.opendata;

import static org.zhifagongkai.api.opendata.ColumnType.CITATIONS;
import static org.zhifagongkai.api.opendata.ColumnType.DATE;
import static org.zhifagongkai.api.opendata.ColumnType.DATE_TIME;
import static org.zhifagongkai.api.opendata.ColumnType.INTEGER;
import static org.zhifagongkai.api.opendata.ColumnType.TEXT;
import static org.zhifagongkai.api.opendata.ColumnType.TEXT_LIST;

import java.util.List;
import java.util.Set;
import org.zhifagongkai.api.item.Catalogue;
import org.zhifagongkai.api.item.EnforcementItemFilter;
import org.zhifagongkai.api.item.EnforcementItemKind;
import org.zhifagongkai.api.item.EnforcementItemService;

/** Enforcement items (执法事项目录), one row per version, with legal basis and delegations. */
final class ItemDataset {

  static final String NAME = "enforcement-items";

  private static final String SEPARATOR = " || " + ColumnType.CITATION_PARTS + " || ";

  private static final List<Column> COLUMNS =
      List.of(
          Column.of("id", INTEGER, "i.id", "EnforcementItem.id"),
          Column.of("code", TEXT, "i.code", "EnforcementItem.code"),
          Column.of("version", INTEGER, "i.version", "EnforcementItem.version"),
          Column.of("name", TEXT, "i.name", "EnforcementItem.name"),
          Column.of("kind", TEXT, "i.kind", "EnforcementItem.kind"),
          Column.of("catalogue", TEXT, "i.catalogue", "EnforcementItem.catalogue"),
          Column.of("field_code", TEXT, "i.field_code", "EnforcementItem.field"),
          Column.explained("field_name", TEXT, "f.name", "执法领域名称 (the field's name)."),
          Column.of("agency_id", INTEGER, "i.agency_id", "EnforcementItem.agency"),
          Column.explained("agency_name", TEXT, "a.name", "实施主体名称 (the body's name)."),
          Column.explained(
              "region_code",
              TEXT,
              "a.region_code",
              "实施主体所在行政区划代码 (the code of the body's region)."),
          Column.of("valid_from", DATE, "i.valid_from", "EnforcementItem.validFrom"),
          Column.of("superseded_on", DATE, "i.superseded_on", "EnforcementItem.supersededOn"),
          Column.of(
              "legal_basis",
              CITATIONS,
              "array(select l.title"
                  + SEPARATOR
                  + "lp.article"
                  + SEPARATOR
                  + "coalesce(lp.paragraph::text, '')"
                  + SEPARATOR
                  + "coalesce(lp.item::text, '')"
                  + " from enforcement_item_provision ip"
                  + " join legal_provision lp on lp.id = ip.provision_id"
                  + " join law l on l.id = lp.law_id where ip.item_id = i.id"
                  + " order by l.title, lp.article, lp.paragraph nulls first, lp.item nulls first)",
              "EnforcementItem.legalBasis"),
          Column.of(
              "delegated_towns",
              TEXT_LIST,
              "array(select d.town_code from enforcement_item_delegation d"
                  + " where d.item_id = i.id order by d.town_code)",
              "EnforcementItem.delegations"),
          Column.explained(
              "recorded_at",
              DATE_TIME,
              "i.recorded_at",
              "本平台最初记录该事项版本的时间 (when the portal first recorded this version)."),
          Column.explained(
              "last_changed_at",
              DATE_TIME,
              "i.changed_at",
              "该事项版本最后一次变更的时间 (when this version last changed)."));

  private static final Set<String> PARAMETERS =
      Set.of(
          "agencyId",
          "regionCode",
          "field",
          "kind",
          "catalogue",
          "delegatedToTown",
          "includeSuperseded");

  private ItemDataset() {}

  static OpenDataset of(EnforcementItemService items) {
    return new OpenDataset(
        NAME,
        "行政执法事项目录",
        "Enforcement items",
        "各执法主体的行政执法事项（含综合执法、专业执法与乡镇街道赋权事项），每个版本一行：编码、名称、类别、领域、实施主体、设定依据、赋权乡镇街道。默认只含现行版本。",
        List.of("执法事项目录", "权责清单", "乡镇街道赋权"),
        "enforcement_item i join agency a on a.id = i.agency_id"
            + " join enforcement_field f on f.code = i.field_code",
        "i.id",
        COLUMNS,
        PARAMETERS,
        parameters -> items.listingConditions(filter(parameters)));
  }

  private static EnforcementItemFilter filter(ExportParameters given) {
    return new EnforcementItemFilter(
        given.text("agencyId"),
        given.text("regionCode"),
        given.text("field"),
        given.choice("kind", EnforcementItemKind.class),
        given.choice("catalogue", Catalogue.class),
        given.text("delegatedToTown"),
        given.flag("includeSuperseded"));
  }
}
