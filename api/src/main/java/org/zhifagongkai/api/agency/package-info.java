/** 执法主体: the bodies that enforce the law and the bodies that supervise them. */
@NullMarked
package org.zhifagongkai.api.agency;

import org.jspecify.annotations.NullMarked;
