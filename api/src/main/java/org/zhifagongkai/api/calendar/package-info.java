/**
 * Working days (工作日) under the official holiday arrangements, and deadlines counted in them: plain
 * Java, shared by publication and complaint deadlines.
 */
@NullMarked
package org.zhifagongkai.api.calendar;

import org.jspecify.annotations.NullMarked;
