/** 执法事项 and 权责清单: the versioned enforcement item catalogues, their bases and delegations. */
@NullMarked
package org.zhifagongkai.api.item;

import org.jspecify.annotations.NullMarked;
