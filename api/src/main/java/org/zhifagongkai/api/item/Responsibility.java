package org.zhifagongkai.api.item;

/** 权责清单: a body's published duty for an enforcement item version. */
public record Responsibility(long id, long agencyId, long itemId, String description) {}
