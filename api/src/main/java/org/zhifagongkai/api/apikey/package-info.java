/**
 * API keys (接口密钥) that administrators issue to newsrooms, deputies' offices and other heavy
 * readers, for a higher request rate than anonymous clients get. Only a key's SHA-256 is stored.
 */
@NullMarked
package org.zhifagongkai.api.apikey;

import org.jspecify.annotations.NullMarked;
