package org.zhifagongkai.api.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.zhifagongkai.api.penalty.PartyKind;

/**
 * What a party's registration code says of its kind. An individual business (个体工商户) has a unified
 * social credit code beginning {@code 92} (registered by market regulation, category 2: GB
 * 32100—2015) or a 15-digit registration number whose seventh digit is 6 to 9 (GS15—2006). Shops
 * named like organisations (芒康县聚福超市, 林芝县八一镇唐邦酒业) are often such businesses, and their operator,
 * named as the representative, is a natural person to be masked.
 */
final class RegisteredParty {

  /** A code after its label: 统一社会信用代码：…, 行政相对人代码——1（统一社会信用代码）：…, 营业执照120111600435901. */
  private static final Pattern LABELLED =
      Pattern.compile(
          "(?:统一社会信用代码|注册号|营业执照|行政相对人代码[—_\\-]*1)[^：:0-9A-Z\\n]{0,20}[：:]?\\s*"
              + "([0-9A-Z]{18}|[0-9]{15})(?![0-9A-Z])");

  private RegisteredParty() {}

  /**
   * The party's kind: {@code read} from its name, unless the code given (or else the first one the
   * text labels) registers an individual business and the name is no company's nor a person's.
   */
  static PartyKind kind(PartyKind read, String party, String givenCode, String text) {
    if (read == PartyKind.NATURAL_PERSON
        || read == PartyKind.INDIVIDUAL_BUSINESS
        || party.contains("公司")) {
      return read;
    }
    String code = givenCode.isBlank() ? labelledCode(text) : givenCode.strip();
    return code != null && isIndividualBusiness(code) ? PartyKind.INDIVIDUAL_BUSINESS : read;
  }

  /** Whether {@code code} is an individual business's credit code or registration number. */
  static boolean isIndividualBusiness(String code) {
    return code.matches("92[0-9A-Z]{16}") || code.matches("[0-9]{6}[6-9][0-9]{8}");
  }

  /** The first unified social credit code the text gives after a label; null when none. */
  static @Nullable String statedCreditCode(String text) {
    String code = labelledCode(text);
    return code != null && code.length() == 18 ? code : null;
  }

  /** The first code the text gives after a label; null when none. */
  static @Nullable String labelledCode(String text) {
    Matcher m = LABELLED.matcher(text);
    return m.find() ? m.group(1) : null;
  }
}
