/**
 * Open data: whole datasets streamed from PostgreSQL as CSV and JSON Lines under {@code
 * /open-data/}, their field dictionary and a DCAT catalogue, for journalists and deputies who
 * analyse the records rather than page through them.
 */
@NullMarked
package org.zhifagongkai.api.opendata;

import org.jspecify.annotations.NullMarked;
