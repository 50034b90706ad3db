/** 行政区划: the region hierarchy every body, decision and contact point belongs to. */
@NullMarked
package org.zhifagongkai.api.region;

import org.jspecify.annotations.NullMarked;
