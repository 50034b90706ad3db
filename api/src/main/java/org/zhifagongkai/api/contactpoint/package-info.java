/** 行政执法监督联系点: where enterprises report enforcement problems to the supervision body. */
@NullMarked
package org.zhifagongkai.api.contactpoint;

import org.jspecify.annotations.NullMarked;
