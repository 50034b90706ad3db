package org.zhifagongkai.api.item;

import java.time.LocalDate;

/** 赋权: an item delegated to the town or street {@code townCode} since a date, under an approval. */
public record Delegation(long id, long itemId, String townCode, LocalDate since, String approval) {}
