/** 执法领域: the fields of enforcement shared by items, benchmarks, decisions and contact points. */
@NullMarked
package org.zhifagongkai.api.field;

import org.jspecify.annotations.NullMarked;
