package org.zhifagongkai.api.penalty;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A penalised person's health and native place are removed; the law's words about them stay. */
class PersonDetailsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          当事人身患尿毒症，家庭困难，                           | 当事人身患［健康状况已隐去］，家庭困难，
          张某患有二级精神残疾。                                 | 张某患有［健康状况已隐去］。
          其经医院诊断为抑郁症，                                 | 其经医院诊断为［健康状况已隐去］，
          当事人系残疾人，持残疾证（编号3301），                   | 当事人系［健康状况已隐去］，持［健康状况已隐去］，
          当事人已怀孕五个月，                                   | 当事人［健康状况已隐去］，
          王*现处于哺乳期，                                      | 王*现处于［健康状况已隐去］，
          健康状况：高血压，                                      | 健康状况：［健康状况已隐去］，
          籍贯：浙江省温州市，                                    | 籍贯：［籍贯已隐去］，
          男，汉族，籍贯为安徽阜阳，                               | 男，汉族，籍贯为［籍贯已隐去］，
          安排患有有碍食品安全疾病的人员从事接触直接入口食品的工作   | 安排患有有碍食品安全疾病的人员从事接触直接入口食品的工作
          未取得健康证明从事食品经营                               | 未取得健康证明从事食品经营
          经鉴定为假冒注册商标的商品，                             | 经鉴定为假冒注册商标的商品，
          销售怀孕母猪饲料，                                       | 销售怀孕母猪饲料，
          销售适用于哺乳期妇女的保健食品，                         | 销售适用于哺乳期妇女的保健食品，
          盗窃残疾人财物的                                         | 盗窃残疾人财物的
          养老院及为残疾人修建的生活服务设施                       | 养老院及为残疾人修建的生活服务设施
          利用自己驾驶的鲁HSV306号车运输                           | 利用自己驾驶的［车牌号码已隐去］号车运输
          驾驶豫Ｊ78210货车，                                      | 驾驶［车牌号码已隐去］货车，
          车牌号：浙A.J293D，                                      | 车牌号：［车牌号码已隐去］，
          驾驶沪AD12345新能源车                                    | 驾驶［车牌号码已隐去］新能源车
          渔船浙岱渔03928号                                        | 渔船浙岱渔03928号
          苏A1234不是完整车牌                                      | 苏A1234不是完整车牌
          """)
  void aPersonsHealthAndNativePlaceAreRemoved(String text, String published) {
    assertThat(PersonDetails.withoutDetails(text)).isEqualTo(published);
  }
}
