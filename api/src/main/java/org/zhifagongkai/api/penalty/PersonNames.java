package org.zhifagongkai.api.penalty;

/** Masks a natural person's name for publication: 张三丰 → 张*丰, 张三 → 张*. */
public final class PersonNames {

  private PersonNames() {}

  public static String mask(String name) {
    String plain = name.strip();
    int[] chars = plain.codePoints().toArray();
    if (chars.length <= 1 || plain.contains("*")) {
      return plain; // a single character says nothing more; a starred name is masked already
    }
    StringBuilder masked = new StringBuilder().appendCodePoint(chars[0]).append('*');
    if (chars.length >= 3) {
      masked.appendCodePoint(chars[chars.length - 1]);
    }
    return masked.toString();
  }
}
