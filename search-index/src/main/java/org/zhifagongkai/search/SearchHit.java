package org.zhifagongkai.search;

import java.util.List;
import java.util.Map;

/**
 * One matching record: its id, score (0 when listing without text), highlighted fragments by field
 * ({@code title}, {@code body}; matched text between {@code <em>} and {@code </em>}, the rest
 * HTML-escaped), and the values to pass as {@link SearchRequest#after()} to continue after it.
 */
public record SearchHit(
    String id, float score, Map<String, List<String>> highlights, Object[] sortValues) {}
