/**
 * The work order: each step its handler and supervision body take, re-dispatch, reminders and
 * escalation of overdue orders, and the public figures of each body.
 */
@NullMarked
package org.zhifagongkai.api.complaint.workorder;

import org.jspecify.annotations.NullMarked;
