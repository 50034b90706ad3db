/** What the portal holds: the datasets loaded into it. */
@NullMarked
package org.zhifagongkai.api.portal;

import org.jspecify.annotations.NullMarked;
