/** Full-text search over everything published, kept in step with the database. */
@NullMarked
package org.zhifagongkai.api.search;

import org.jspecify.annotations.NullMarked;
