/**
 * Filing and tracking: an enterprise files a complaint (checked, routed, merged with a duplicate,
 * or sent to another channel) and follows it with its tracking number and access code.
 */
@NullMarked
package org.zhifagongkai.api.complaint.filing;

import org.jspecify.annotations.NullMarked;
