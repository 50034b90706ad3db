package org.zhifagongkai.api.field;

/** 执法领域: a field of enforcement, such as 生态环境 ({@code ECO_ENVIRONMENT}). */
public record EnforcementField(String code, String name) {}
