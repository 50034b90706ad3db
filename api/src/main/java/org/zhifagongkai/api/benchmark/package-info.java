/** 裁量基准: published discretion benchmarks with their violations and tiers. */
@NullMarked
package org.zhifagongkai.api.benchmark;

import org.jspecify.annotations.NullMarked;
