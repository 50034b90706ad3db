/** Small helpers for persistence and batch loading shared by the features. */
@NullMarked
package org.zhifagongkai.api.support;

import org.jspecify.annotations.NullMarked;
