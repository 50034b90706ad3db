/** The embedded PostgreSQL that serves when no external database is configured. */
@NullMarked
package org.zhifagongkai.api.embedded;

import org.jspecify.annotations.NullMarked;
