/**
 * What every HTTP answer of the portal carries and how its own pages are served: security headers,
 * the self-hosted GraphiQL page, and who may read the operations endpoints.
 */
@NullMarked
package org.zhifagongkai.api.web;

import org.jspecify.annotations.NullMarked;
