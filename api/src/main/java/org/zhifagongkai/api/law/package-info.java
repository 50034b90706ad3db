/** 执法依据: legal texts and their provisions, addressable down to 条, 款 and 项. */
@NullMarked
package org.zhifagongkai.api.law;

import org.jspecify.annotations.NullMarked;
