/** Relay connections over keyset-paged SQL queries. */
@NullMarked
package org.zhifagongkai.api.paging;

import org.jspecify.annotations.NullMarked;
