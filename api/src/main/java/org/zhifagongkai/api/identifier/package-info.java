/** Checks of the identifiers the portal receives: credit codes and, later, ID numbers. */
@NullMarked
package org.zhifagongkai.api.identifier;

import org.jspecify.annotations.NullMarked;
