/** GraphQL plumbing shared by every feature: scalars, error codes and error mapping. */
@NullMarked
package org.zhifagongkai.api.graphql;

import org.jspecify.annotations.NullMarked;
