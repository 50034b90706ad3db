/** HTTP plumbing shared by the filters at the portal's edge, depending on no feature. */
@NullMarked
package org.zhifagongkai.api.http;

import org.jspecify.annotations.NullMarked;
