package org.zhifagongkai.api.graphql;

import org.springframework.graphql.execution.ErrorType;

/**
 * The stable machine codes of API errors, as listed in the schema's {@code ErrorCode} enum.
 *
 * <p>Clients branch on these; never change the meaning of one, only add new ones.
 */
public enum ErrorCode {
  NOT_FOUND(ErrorType.NOT_FOUND),
  PAGE_SIZE_OUT_OF_RANGE(ErrorType.BAD_REQUEST),
  INVALID_CURSOR(ErrorType.BAD_REQUEST),
  INVALID_REGION_CODE(ErrorType.BAD_REQUEST),
  INVALID_CREDIT_CODE(ErrorType.BAD_REQUEST),
  INVALID_DATE_RANGE(ErrorType.BAD_REQUEST),
  INVALID_AMOUNT_RANGE(ErrorType.BAD_REQUEST),
  INVALID_TEXT(ErrorType.BAD_REQUEST),
  INVALID_FIELD(ErrorType.BAD_REQUEST),
  INVALID_GROUPING(ErrorType.BAD_REQUEST),
  INVALID_REQUEST(ErrorType.BAD_REQUEST),
  INVALID_TRANSITION(ErrorType.BAD_REQUEST),
  NOT_PUBLISHABLE(ErrorType.BAD_REQUEST),
  DUPLICATE_DOCUMENT_NUMBER(ErrorType.BAD_REQUEST),
  INVALID_FILE(ErrorType.BAD_REQUEST),
  UNAUTHENTICATED(ErrorType.UNAUTHORIZED),
  FORBIDDEN(ErrorType.FORBIDDEN),
  INVALID_PHONE(ErrorType.BAD_REQUEST),
  NOT_ROUTABLE(ErrorType.BAD_REQUEST),
  ACCESS_DENIED(ErrorType.FORBIDDEN),
  TOO_MANY_ATTEMPTS(ErrorType.FORBIDDEN),
  FILING_KEY_REUSED(ErrorType.BAD_REQUEST),
  QUERY_TOO_COSTLY(ErrorType.BAD_REQUEST),
  QUERY_TOO_DEEP(ErrorType.BAD_REQUEST),
  QUERY_TOO_LARGE(ErrorType.BAD_REQUEST),
  QUERY_TIMEOUT(ErrorType.BAD_REQUEST),
  RESPONSE_TOO_LARGE(ErrorType.BAD_REQUEST),
  PAYLOAD_TOO_LARGE(ErrorType.BAD_REQUEST),
  PERSISTED_QUERY_NOT_FOUND(ErrorType.NOT_FOUND),
  /** Refused as a whole (HTTP 429) before GraphQL runs; FORBIDDEN like TOO_MANY_ATTEMPTS. */
  RATE_LIMITED(ErrorType.FORBIDDEN),
  INTERNAL_ERROR(ErrorType.INTERNAL_ERROR);

  private final ErrorType type;

  ErrorCode(ErrorType type) {
    this.type = type;
  }

  public ErrorType type() {
    return type;
  }
}
