package org.zhifagongkai.api.region;

import org.jspecify.annotations.Nullable;

/**
 * 行政区划: an administrative division with its GB/T 2260 (6-digit) or GB/T 10114 (9-digit) code.
 *
 * @param revision the edition of the code table the code comes from; codes are reassigned over time
 */
public record Region(
    String code, String name, RegionLevel level, @Nullable String parentCode, String revision) {}
