/**
 * Complaints about enforcement conduct: the complaint and its timeline, what each party may see of
 * it ({@link org.zhifagongkai.api.complaint.ComplaintVisibility}), the deadlines on the working-day
 * calendar. Filing and tracking ({@code filing}), the work order ({@code workorder}), the 12345
 * hotline ({@code hotline}) and the 派单目录 ({@code routing}) build on it; it depends on none of them.
 */
@NullMarked
package org.zhifagongkai.api.complaint;

import org.jspecify.annotations.NullMarked;
