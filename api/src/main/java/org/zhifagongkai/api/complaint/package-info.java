/**
 * Enterprises' complaints about enforcement conduct: filing, routing by the 派单目录, the work order
 * and its deadlines, the 12345 hotline outbox, tracking and public statistics.
 */
@NullMarked
package org.zhifagongkai.api.complaint;

import org.jspecify.annotations.NullMarked;
