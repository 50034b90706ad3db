package org.zhifagongkai.api.penalty;

/** Masks a natural person's name for publication: 张三丰 → 张*丰, 张三 → 张*. */
public final class PersonNames {

  /** The common Chinese surnames, one character each, for telling names in prose. */
  public static final String SURNAMES = Surnames.COMMON;

  private PersonNames() {}

  /** Whether {@code name} begins with a common Chinese surname, as a name read from prose must. */
  public static boolean hasCommonSurname(String name) {
    String plain = name.strip();
    return !plain.isEmpty() && Surnames.COMMON.indexOf(plain.codePointAt(0)) >= 0;
  }

  /** One name of a list (韦定王、黄正友): the names between its separators. */
  private static final java.util.regex.Pattern ONE_NAME =
      java.util.regex.Pattern.compile("[^、，,;；\\s]+");

  /** Masks each name of {@code names}, a name or a list of names, keeping their separators. */
  public static String mask(String names) {
    return ONE_NAME.matcher(names.strip()).replaceAll(m -> maskOne(m.group()));
  }

  /** The names of a list, each as written. */
  static java.util.List<String> each(String names) {
    return ONE_NAME.matcher(names).results().map(java.util.regex.MatchResult::group).toList();
  }

  private static String maskOne(String name) {
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
