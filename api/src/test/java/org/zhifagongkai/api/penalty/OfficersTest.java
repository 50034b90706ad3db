package org.zhifagongkai.api.penalty;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The enforcement officers a decision names are removed wherever it names them, masked or not. */
class OfficersTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // A list after a label, with 、, spaces or 和 between the names.
        "执法处室：煤炭安全监察处 执法人员：任力、江军平 检查时间：2018年|" + "执法处室：煤炭安全监察处 执法人员：［姓名已隐去］、［姓名已隐去］ 检查时间：2018年",
        "执法人员：张满良 张志学 王立彬 李凤海 检查时间：2017年|" + "执法人员：［姓名已隐去］、［姓名已隐去］、［姓名已隐去］、［姓名已隐去］ 检查时间：2017年",
        "同时指派执法人员马国顺、魏强调查此案。|同时指派执法人员［姓名已隐去］、［姓名已隐去］调查此案。",
        "我局执法人员景红、白建平，出示执法证件|我局执法人员［姓名已隐去］、［姓名已隐去］，出示执法证件",
        "运政执法人员袁朝晖、郑鸣福等在淳安县|运政执法人员［姓名已隐去］、［姓名已隐去］等在淳安县",
        "执法人员：郭义 执法证号：1206040008|执法人员：［姓名已隐去］ 执法证号：1206040008",
        // Named again elsewhere, and one a site masked.
        "经我站执法人员赵娜、户恩林检查。赵娜在场。|经我站执法人员［姓名已隐去］、［姓名已隐去］检查。［姓名已隐去］在场。",
        "执法人员马*顺、魏*进行调查|执法人员［姓名已隐去］、［姓名已隐去］进行调查",
        // No officer's name: what officers did, a place, an anonymised name.
        "执法人员查实，温州市拓新物业管理服务有限公司|执法人员查实，温州市拓新物业管理服务有限公司",
        "被本机关执法人员查获。经查|被本机关执法人员查获。经查",
        "执法人员于当日对现场进行检查|执法人员于当日对现场进行检查",
        "执法人员对杨*松位于陇西县巩昌镇小|执法人员对杨*松位于陇西县巩昌镇小",
        "执法人员向现场人员陈*龙出示执法证件|执法人员向现场人员陈*龙出示执法证件",
        "执法人员***与***等人对位于温州市|执法人员***与***等人对位于温州市",
        "执法人员依法对当事人进行询问|执法人员依法对当事人进行询问",
        "检查人员和被检查单位的负责人签字；检查人员应当将情况记录在案|检查人员和被检查单位的负责人签字；检查人员应当将情况记录在案"
      })
  void officersAreRemovedWhereverNamed(String text, String published) {
    assertThat(Officers.without(text)).isEqualTo(published);
  }
}
