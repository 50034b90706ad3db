package org.zhifagongkai.api.inspection;

import java.util.List;

/**
 * One indicator of the report.
 *
 * @param outlineItems the numbers of the outline's questions it answers (11、15、16)
 * @param definition how the figures are counted, in words a deputy can check
 * @param records where the records behind the figures are: an export or a GraphQL query, relative
 *     to the portal
 */
public record InspectionIndicator(
    String outlineItems,
    String title,
    String definition,
    List<InspectionFigure> figures,
    String records) {}
