/**
 * The portal's full-text index on Apache Lucene: Chinese analysis, exact identifier keys, facets
 * from doc values and highlighted fragments. A plain library: it knows nothing of Spring or of the
 * database.
 */
@NullMarked
package org.zhifagongkai.search;

import org.jspecify.annotations.NullMarked;
