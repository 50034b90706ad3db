package org.zhifagongkai.api.apikey;

/** A key as just issued: the secret, which is never shown again, and its record. */
public record IssuedApiKey(String key, ApiKey apiKey) {}
