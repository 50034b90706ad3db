/**
 * The 派单目录: the rules that route a complaint to a contact point or supervision body, kept as
 * versioned data, and the record of each dispatch.
 */
@NullMarked
package org.zhifagongkai.api.complaint.routing;

import org.jspecify.annotations.NullMarked;
