package org.zhifagongkai.api.contactpoint;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** 行政执法监督联系点: covers its region and every region below it. */
public record ContactPoint(
    long id,
    String name,
    ContactPointHostKind hostKind,
    String hostName,
    String regionCode,
    @Nullable String phone,
    @Nullable String address,
    @Nullable String email,
    @Nullable LocalDate establishedOn) {}
