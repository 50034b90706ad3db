/**
 * 统计: figures computed from the portal's own records for deputies and journalists — penalty
 * decisions grouped as the public listing selects them, catalogue indicators per region and
 * accountability indicators per body.
 */
@NullMarked
package org.zhifagongkai.api.statistics;

import org.jspecify.annotations.NullMarked;
