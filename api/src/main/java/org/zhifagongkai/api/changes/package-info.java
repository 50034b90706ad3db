/**
 * The change feed of penalty decisions: what was published, corrected, withdrawn, ended early or
 * expired, in an order no later read contradicts, for mirrors and newsrooms.
 */
@NullMarked
package org.zhifagongkai.api.changes;

import org.jspecify.annotations.NullMarked;
