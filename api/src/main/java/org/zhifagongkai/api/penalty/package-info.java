/** 行政处罚决定: published penalty decisions and their document numbers. */
@NullMarked
package org.zhifagongkai.api.penalty;

import org.jspecify.annotations.NullMarked;
