/**
 * 公开检查: the daily check of every published penalty decision against the publication rules, and the
 * findings it keeps.
 */
@NullMarked
package org.zhifagongkai.api.findings;

import org.jspecify.annotations.NullMarked;
