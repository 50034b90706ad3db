/** Importers of published records: real decisions as bodies published them, and region tables. */
@NullMarked
package org.zhifagongkai.api.importer;

import org.jspecify.annotations.NullMarked;
