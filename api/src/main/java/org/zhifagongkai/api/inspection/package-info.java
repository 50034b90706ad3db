/**
 * The inspection report (执法检查数据报告): the figures the records can give on the questions of a people's
 * congress inspection outline, in its order, each with its definition and a link to the records
 * behind it.
 */
@NullMarked
package org.zhifagongkai.api.inspection;

import org.jspecify.annotations.NullMarked;
