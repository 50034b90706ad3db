/** 不予处罚 and 首违不罚 lists: violations not penalised under published conditions. */
@NullMarked
package org.zhifagongkai.api.nopenalty;

import org.jspecify.annotations.NullMarked;
