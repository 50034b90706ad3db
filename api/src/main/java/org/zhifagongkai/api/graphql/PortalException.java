package org.zhifagongkai.api.graphql;

/**
 * A failure the client caused or should know about, with a stable code and a message in Chinese and
 * English. The API answers it as a GraphQL error; anything else is an internal error.
 */
public class PortalException extends RuntimeException {

  private final ErrorCode code;
  private final String messageZh;
  private final String messageEn;

  public PortalException(ErrorCode code, String messageZh, String messageEn) {
    super(messageZh + " / " + messageEn);
    this.code = code;
    this.messageZh = messageZh;
    this.messageEn = messageEn;
  }

  /** No record of the kind named ({@code 行政处罚决定}, {@code penalty decision}) has {@code key}. */
  public static PortalException notFound(String kindZh, String kindEn, Object key) {
    return new PortalException(
        ErrorCode.NOT_FOUND, "未找到" + kindZh + "：" + key, "No " + kindEn + " has " + key);
  }

  /** {@code text} stripped, or INVALID_TEXT with the message given when it is blank. */
  public static String requireText(String text, String messageZh, String messageEn) {
    if (text.isBlank()) {
      throw new PortalException(ErrorCode.INVALID_TEXT, messageZh, messageEn);
    }
    return text.strip();
  }

  public ErrorCode code() {
    return code;
  }

  public String messageZh() {
    return messageZh;
  }

  public String messageEn() {
    return messageEn;
  }
}
