package org.zhifagongkai.api.penalty;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What a published text must not say about people (R3.10–R3.11), beyond their numbers: a natural
 * person's own name (shown masked, as in the party), the address of a natural person or an
 * individual business, and the names of third parties a decision mentions by their role (举报人, 证人…),
 * whoever the party is.
 */
final class PersonText {

  static final String ADDRESS_REMOVED = "［住址已隐去］";
  static final String NAME_REMOVED = "［姓名已隐去］";

  /**
   * A labelled address, up to the end of its clause: after a label and a colon or 位于 (住所地：,
   * 户籍所在地：), or right after a verb of dwelling (现住, 家住, 居住在).
   */
  private static final Pattern ADDRESS =
      address(
          "户籍所在地|户口所在地|家庭住址|现住址|现居住地|居住地址|住所地|户籍地址?|居住地|经营场所|经营地址|地址[（(]住所[）)]|住所|住\\s*址"
              // A body's or a bank's own address (我局地址, 本机关地址) is public.
              + "|(?<![局关行所院委办处厅队站心])地址");

  /**
   * A person's home only, by labels no organisation's address takes (住址, not 住所 or 地址): directors
   * and employees a company's decision describes live somewhere too.
   */
  private static final Pattern HOME = address("户籍所在地|户口所在地|家庭住址|现住址|现居住地|居住地址|户籍地址?|居住地|住\\s*址");

  /** Where a table's next field begins: two spaces, or a space and a label (… 工商注册号：). */
  private static final String NEXT_FIELD = "\\s{2}|\\s\\p{IsHan}{1,8}[：:]";

  private static Pattern address(String labels) {
    return Pattern.compile(
        "("
            + labels
            + ")(\\s*[：:]\\s*|\\s*(?:位于|在|为)\\s*|(?=\\p{IsHan}{1,8}?[省市县区]\\p{IsHan}))((?:(?!"
            + NEXT_FIELD
            + ")[^，,。；;）)\\n]){2,60})"
            + "|(现住|家住|暂住(?![证人登户])|住在|居住在|居住于|现居|(?<=[，,（(\\s])住(?![房宅所址户院])(?=\\p{IsHan}{2,}?[省市县区镇乡村路街]))()"
            + "((?:(?!"
            + NEXT_FIELD
            + ")[^，,。；;）)\\n]){2,60})");
  }

  /** A name: a common surname and one to three characters. */
  private static final String NAME = "[" + Surnames.COMMON + "][\\p{IsHan}]{1,3}?";

  /**
   * Third parties by their role or relation, then a name or a list of names (伙同马某、胡某), up to a
   * punctuation mark or a word that follows names; names already anonymised (张某) are left.
   */
  private static final Pattern THIRD_PARTY =
      Pattern.compile(
          "(举报人|投诉人|见证人|证人|受害人|被害人|委托代理人|代理人|被委托人|受委托人|授权委托人|委托人|受托人|联\\s*系\\s*人|经办人|在场人|监护人"
              + "|消费者|顾客|患者|雇员|员工|店员|工人|职工|司机|驾驶员|承租人|出租人|房东|租户|户主|业务员|营业员|收银员|销售员|技术员|施工员"
              + "|安全员|保管员|厨师|股东|实际控制人|老板娘|老板|朋友|同事|邻居"
              + "|妻子|丈夫|配偶|儿子|女儿|父亲|母亲|亲属|家属|未成年人|未成年工|童工|学徒|伙同|指使|死者|亡者|船主|船东|船长|船舶所有人|车主"
              // an applicant before the body; an official bribed or bribing (院长李某行贿)
              + "|申请人|院长"
              // a relation written after a person (其妻, 王*明之妻) and a party joined to a case
              + "|[之其](?:妻|夫|子|女|父|母|兄|弟|姐|妹)|第三人)"
              + "(\\s*+[：:]?\\s*+)("
              + NAME
              + "(?:、"
              + NAME
              + ")*)(?=[，,。；;、（(）)：:\\s]|等|称|说|向|在|于|系|与|和|以及|的|从事|这|担任|进入|反映|证实|陈述|表示|提供|确认|签字|介绍|指认|报警|投诉|举报|驾驶|看到|行贿|受贿|询问|笔录|证言|作证|提出|出具|$)");

  /**
   * Words after a role that begin with a surname's character but are no names: what a role has
   * (员工宿舍, 股东权利, 消费者利益) or does (消费者向本机关举报).
   */
  private static final Pattern NOT_A_NAME =
      Pattern.compile(
          "陈述|申辩|申请|答辩|辩解|说明|信息|权益|权利|和涉嫌|和其他|和联|利益|宿舍|花名册|名册|名单|人数|数量|安全|车辆|劳动|合同|培训|工资|保险|健康|体检|曾经|身份|证件|签名|姓名|年龄|性别|住房|食堂|通道|出口|管理|教育|福利|待遇|和经营者|向本|向执法|向我|向该|向其|于是"
              // 申请人民法院强制执行: a court applied to, not an applicant
              + "|民法院|民政府");

  private PersonText() {}

  /** {@code text} with {@code fullName} shown as {@code masked} wherever it occurs. */
  static String maskName(String text, String fullName, String masked) {
    String name = fullName.strip();
    if (name.codePointCount(0, name.length()) < 2 || name.equals(masked)) {
      return text;
    }
    String result = text.replace(name, masked);
    // A list of persons (韦定王、黄正友): each is masked wherever the text names one alone, also
    // written with spaces (王 小明), and a given name where it stands alone as a name (小明称…).
    for (String one : PersonNames.each(name)) {
      int[] chars = one.codePoints().toArray();
      if (chars.length >= 2 && !one.contains("*")) {
        String oneMasked = Matcher.quoteReplacement(PersonNames.mask(one));
        result = spaced(chars, 0).matcher(result).replaceAll(oneMasked);
        if (chars.length >= 3) {
          Pattern given =
              Pattern.compile(spaced(chars, chars.length - 2) + "(?=" + AFTER_NAMES + ")");
          String last = Character.toString(chars[chars.length - 1]);
          result = given.matcher(result).replaceAll(Matcher.quoteReplacement("*" + last));
        }
      }
    }
    return result;
  }

  /** The characters of a name from {@code from} on, with any spaces between them. */
  private static Pattern spaced(int[] chars, int from) {
    StringBuilder pattern = new StringBuilder();
    for (int i = from; i < chars.length; i++) {
      if (i > from) {
        pattern.append("[\\s\\u3000]*");
      }
      pattern.append(Pattern.quote(Character.toString(chars[i])));
    }
    return Pattern.compile(pattern.toString());
  }

  /**
   * {@code text} with every name that {@code masked} fits shown masked, for a text whose person is
   * known only by the masked name: {@code 于*年} fits a name of three or four characters from 于 to 年
   * (于大年, 欧*明 欧阳小明, also spaced); {@code 李*} fits 李 and any one character: in a person's own
   * decision the name is far likelier than a word that begins with the surname (李家村 reads 李*村).
   */
  static String maskFitting(String text, String masked) {
    int[] chars = masked.codePoints().toArray();
    if (chars.length < 2 || chars.length > 3 || chars[1] != '*') {
      return text;
    }
    String first = Pattern.quote(Character.toString(chars[0]));
    Pattern fitting =
        chars.length == 3
            ? Pattern.compile(
                first
                    + "(?:[\\s\\u3000]*\\p{IsHan}){1,2}?[\\s\\u3000]*"
                    + Pattern.quote(Character.toString(chars[2])))
            : Pattern.compile(first + "[\\s\\u3000]*\\p{IsHan}");
    return fitting.matcher(text).replaceAll(Matcher.quoteReplacement(masked));
  }

  /** Words and marks that follow a person's name in a decision. */
  private static final String AFTER_NAMES =
      "[于在，,。；;、（(：:\\s]|系|因|等|称|说|的|未|将|涉嫌|违反|擅自|与|和|承认|认错|自|已|经|对|$";

  /** An institution's name up to its last word of kind (公司, 支行, 联社…): persons may follow it. */
  private static final Pattern INSTITUTION =
      Pattern.compile(".*(?:公司|银行|支行|分行|联社|社|所|厂|店|中心|局|院|部|馆|场|站|队|委|处|办|矿|园|校)");

  /** A person's name before the business they run, in brackets: 刘宇（木屋特色烧烤店）. */
  private static final Pattern PERSON_BEFORE_BUSINESS =
      Pattern.compile("^(\\p{IsHan}{2,4})[（(][^）)]*(?:店|馆|厂|场|部|坊|吧|行|社|舫|项目|中心|公司)[^）)]*[）)]");

  /** What ends a place's name, never a person's: 杭州, 朝阳区, 某镇. */
  private static final Pattern PLACE = Pattern.compile(".*(?:省|市|县|区|州|镇|乡|村|路|街|号|京|海|津)$");

  /**
   * Persons a party names beside an institution: after its name (阳光保险代理有限公司，金辉; 某联社（马庆军、 范海科）) or
   * before the business they run (刘宇（木屋特色烧烤店）).
   */
  static List<String> personsBeside(String party) {
    List<String> persons = new java.util.ArrayList<>();
    Matcher institution = INSTITUTION.matcher(party);
    if (institution.lookingAt()) {
      for (String part : party.substring(institution.end()).split("[、，,；;（）()\\s]+")) {
        if (isName(part)) {
          persons.add(part);
        }
      }
    }
    Matcher runner = PERSON_BEFORE_BUSINESS.matcher(party);
    if (runner.find() && isName(runner.group(1))) {
      persons.add(runner.group(1));
    }
    return persons;
  }

  private static boolean isName(String part) {
    return part.matches("\\p{IsHan}{2,4}")
        && !PLACE.matcher(part).matches()
        && !NOT_BESIDE.matcher(part).matches();
  }

  /**
   * What follows an institution's word in a name and is no person: the rest of a longer word (交通委员会
   * read as 委 + 员会), a document the name was read with (…公司营业执照, …设计数据) or its form (…事务所（普通合伙）).
   */
  private static final Pattern NOT_BESIDE =
      Pattern.compile(".*[会照据证书表单案费款罪法令章器室]|营业.*|设计.*|环境.*|.*合伙|.*分支机构");

  /** An organisation's name with the persons it lists in brackets masked. */
  static String maskPersonsBeside(String organisation) {
    String masked = organisation;
    for (String person : personsBeside(organisation)) {
      masked = maskName(masked, person, PersonNames.mask(person));
    }
    return masked;
  }

  /** {@code text} without the addresses it gives: a person's or an individual business's. */
  static String withoutAddresses(String text) {
    return without(ADDRESS, text);
  }

  /** {@code text} without the homes of the persons it describes, whoever the party. */
  static String withoutHomes(String text) {
    return without(HOME, text);
  }

  private static String without(Pattern address, String text) {
    return address
        .matcher(text)
        .replaceAll(
            m ->
                Matcher.quoteReplacement(
                    m.group(1) != null
                        ? m.group(1) + m.group(2) + ADDRESS_REMOVED
                        : m.group(4) + ADDRESS_REMOVED));
  }

  /** The two-character surnames, before which a name has four characters. */
  private static final String COMPOUND_SURNAMES =
      "欧阳|司马|上官|诸葛|东方|皇甫|尉迟|公孙|慕容|令狐|夏侯|长孙|宇文|司徒|西门|端木|独孤|南宫|万俟|闻人|澹台|公冶|呼延|轩辕|申屠|太史|钟离";

  /**
   * A person described by sex, as decisions introduce every person they penalise or question
   * (史乐堂，男，…; 李再生，性别：男): the two or three characters before it (four after a compound surname:
   * 欧阳小明), after anything but a Chinese character (a mark, a vessel's number) or a party's label.
   * The description says it is a person, so any surname counts (寿鹤蕾); a role (负责人，男) or a label
   * (性别) does not.
   */
  private static final Pattern DESCRIBED =
      Pattern.compile(
          "(?<=^|[^\\p{IsHan}*＊]|当事人|被处罚人|责任人)((?:"
              + COMPOUND_SURNAMES
              + ")\\p{IsHan}{2}|\\p{IsHan}{2,3})"
              + "(?=\\s*[，,、（(：:]\\s*(?:性别\\s*+[：:]?\\s*+)?[男女]\\s*[，,、；;）)\\s]"
              // a table's row: 姓名 宗欣秀 性别 男, 投资人姓名：李玉梅 性别：女
              + "|\\s+性别\\s*+[：:]?\\s*+[男女](?!\\p{IsHan}))");

  /** What stands before 男/女 and is no name. */
  private static final Pattern NOT_DESCRIBED = Pattern.compile(".*[人者员别]|.*某.*|性别|男性|女性");

  /** The persons {@code texts} describe by sex (史乐堂，男，…), anonymised ones (张某) left out. */
  static Set<String> describedPersons(@Nullable String... texts) {
    Set<String> persons = new LinkedHashSet<>();
    for (String text : texts) {
      Matcher described = DESCRIBED.matcher(text == null ? "" : text);
      while (described.find()) {
        if (!NOT_DESCRIBED.matcher(described.group(1)).matches()) {
          persons.add(described.group(1));
        }
      }
    }
    return persons;
  }

  /**
   * {@code text} with each of {@code persons} shown masked (史*堂) wherever their name stands, before
   * their description too (法定代表人苏振明。苏振明，男，…) and in other texts of the decision.
   */
  static String maskPersons(String text, Set<String> persons) {
    String masked = text;
    for (String person : persons) {
      masked =
          person.length() > 2
              ? maskName(masked, person, PersonNames.mask(person))
              : standingAlone(person).matcher(masked).replaceAll(PersonNames.mask(person));
    }
    return masked;
  }

  /**
   * A two-character name where it stands as a name, not inside a word it also spells (章程 in 公司章程):
   * after a mark, a label ending in 人, an office (董事吴钢) or a word that introduces a person (对, 与,
   * 责令), whatever follows; before what only a person does (章程作为独立董事, 陈剑请求), whatever precedes; or
   * after a word that also precedes other words (的, 是, 有) and before a mark or a word that follows
   * names.
   */
  private static Pattern standingAlone(String name) {
    String quoted = Pattern.quote(name);
    return Pattern.compile(
        "(?<=^|[^\\p{IsHan}*]|人|对|向|与|和|及|或|系|从|凭|由|将|把|被|让|给|令|委托|指使|聘任|任命|曾用名|原名|别名|化名|"
            + PersonMentions.OFFICES
            + ")"
            + quoted
            + "|"
            + quoted
            + "(?="
            + PERSON_DOES
            + ")|(?<=的|经|证明|查明|据|其|是|为|有|任|关于)"
            + quoted
            + "(?="
            + AFTER_NAMES
            + "|[）)”\"」]|给予|处以|罚款|警告|负责|是|为|及|或|要求|确认|知|参加|接|购|卖|买|控制|使用|实施|决定|到)"
            // after a word that carries a story on, before one that says how the person acted
            + "|(?<=随后|然后|之后|后来|接着|此后|并由|再由|又由)"
            + quoted
            + "(?=一共|共|又|再|也|还|便|就|即|遂|均|都|亲自|随即|立即|私自|自行|分别|继续|通过|联系|负责|将|把|以|向|从|在|于|与|和)");
  }

  /** What only a person does, said right after their name. */
  private static final String PERSON_DOES =
      "提出|请求|申辩|辩称|表示|认为|签字|签名|承认|供述|担任|作为|接手|应聘|知悉|明知|参与|出具|称|说|到场|本人|先生|女士|同志"
          + "|出生|生于|操作|购买|买入|卖出|指使|委托";

  /**
   * {@code text} without the names of the third parties it names by role, wherever the text names
   * them again (使用童工宋荣丽…宋荣丽在求职时…).
   */
  static String withoutThirdParties(String text) {
    Set<String> named = new LinkedHashSet<>();
    Matcher role = THIRD_PARTY.matcher(text);
    while (role.find()) {
      for (String name : role.group(3).split("、")) {
        if (!NOT_A_NAME.matcher(name).lookingAt() && !name.contains("某")) {
          named.add(name);
        }
      }
    }
    return removeNames(byRole(text), named);
  }

  /**
   * {@code text} without {@code names}: a longer name wherever it stands, one of two characters
   * where it stands as a name.
   */
  static String removeNames(String text, Set<String> names) {
    String clean = text;
    for (String name : names) {
      if (name.codePointCount(0, name.length()) < 2) {
        continue; // a character alone is no name, and an empty one would stand everywhere
      }
      clean =
          (name.length() > 2 ? Pattern.compile(Pattern.quote(name)) : standingAlone(name))
              .matcher(clean)
              .replaceAll(NAME_REMOVED);
    }
    return clean;
  }

  private static String byRole(String text) {
    return THIRD_PARTY
        .matcher(text)
        .replaceAll(
            m -> {
              String[] names = m.group(3).split("、");
              boolean named =
                  java.util.Arrays.stream(names)
                      .noneMatch(
                          name -> NOT_A_NAME.matcher(name).lookingAt() || name.contains("某"));
              return Matcher.quoteReplacement(
                  named
                      ? m.group(1)
                          + m.group(2)
                          + String.join(
                              "、", java.util.Collections.nCopies(names.length, NAME_REMOVED))
                      : m.group());
            });
  }
}
