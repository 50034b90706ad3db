/**
 * The 12345 hotline: the outbox written with each filing, delivery with signed requests or the
 * hotline staff's inbox, and the hotline's signed callbacks.
 */
@NullMarked
package org.zhifagongkai.api.complaint.hotline;

import org.jspecify.annotations.NullMarked;
