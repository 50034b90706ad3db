package org.zhifagongkai.api.identifier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonalDataTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          当事人王某（身份证号码：11010519491231002X）于                    | 当事人王某（身份证号码：［身份证号码已隐去］）于
          身份证号11010519491231002x，住                                  | 身份证号［身份证号码已隐去］，住
          证件号码 110105 19491231 002X。                                 | 证件号码 ［身份证号码已隐去］。
          身份证号：１１０１０５１９４９１２３１００２Ｘ                      | 身份证号：［身份证号码已隐去］
          联系电话13812345678，                                           | 联系电话［电话号码已隐去］，
          手机：138 1234 5678                                             | 手机：［电话号码已隐去］
          于2019 05 01 13812345678                                        | 于2019 05 01 ［电话号码已隐去］
          银行卡6222021234567890128收款                                   | 银行卡［账号已隐去］收款
          开户行账号：1202 0204 0990 0123 456                             | 开户行账号：［账号已隐去］
          已脱敏的110105********002X保持原样                               | 已脱敏的110105********002X保持原样
          统一社会信用代码91350100M000100Y43不是个人信息                    | 统一社会信用代码91350100M000100Y43不是个人信息
          信用代码915201155993982101也不是                                | 信用代码915201155993982101也不是
          罚款人民币50000元，文号〔2019〕1234号，电话0591-87654321          | 罚款人民币50000元，文号〔2019〕1234号，电话0591-87654321
          校验位错误的110105194912310021不像身份证号                       | 校验位错误的110105194912310021不像身份证号
          """)
  void removesIdPhoneAndAccountNumbersAndNothingElse(String text, String published) {
    assertThat(PersonalData.redact(text)).isEqualTo(published);
    assertThat(PersonalData.find(published)).isEmpty();
  }
}
