package org.zhifagongkai.api.penalty;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What published texts must not say about people, beyond their numbers. */
class PersonTextTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // Third parties by role, whoever the party is.
        "经举报人张三丰反映，当事人夜间施工。|经举报人［姓名已隐去］反映，当事人夜间施工。",
        "证人：李四，系当事人邻居。|证人：［姓名已隐去］，系当事人邻居。",
        "证人赵铁柱证言不实。|证人［姓名已隐去］证言不实。",
        "经查证人赵铁柱作证|经查证人［姓名已隐去］作证",
        "王*明之妻张翠花在场。|王*明之妻［姓名已隐去］在场。",
        "其子李小龙驾驶车辆|其子［姓名已隐去］驾驶车辆",
        "第三人张翠花提出异议。|第三人［姓名已隐去］提出异议。",
        "举报人王小红出具书面材料|举报人［姓名已隐去］出具书面材料",
        "当事人雇员王小二在现场操作。|当事人雇员［姓名已隐去］在现场操作。",
        "委托代理人欧阳明辉等到场。|委托代理人［姓名已隐去］等到场。",
        "业务员张伟、股东刘强以及实际控制人陈刚在场。|业务员［姓名已隐去］、股东［姓名已隐去］以及实际控制人［姓名已隐去］在场。",
        "驾驶员李明说不知情。|驾驶员［姓名已隐去］说不知情。",
        // Already anonymised, or no name at all: left as written.
        "证人张某某证实上述事实。|证人张某某证实上述事实。",
        "有证人证言、现场笔录为证。|有证人证言、现场笔录为证。",
        "证人陈述：当晚施工至凌晨。|证人陈述：当晚施工至凌晨。",
        "消费者投诉后，执法人员到场。|消费者投诉后，执法人员到场。",
        // Relations and accomplices, one name or a list.
        "任*明妻子刘春兰的《询问笔录》|任*明妻子［姓名已隐去］的《询问笔录》",
        "余*兴伙同马欠欠、胡云秀、程夏玲在本市|余*兴伙同［姓名已隐去］、［姓名已隐去］、［姓名已隐去］在本市",
        "使用未满十六周岁的未成年人宋荣丽从事足浴|使用未满十六周岁的未成年人［姓名已隐去］从事足浴",
        "未成年工冯小凤，|未成年工［姓名已隐去］，",
        "指使黄丽萍在考点大门外|指使［姓名已隐去］在考点大门外",
        "使用童工宋荣丽的行为，宋荣丽在求职时提供了|使用童工［姓名已隐去］的行为，［姓名已隐去］在求职时提供了",
        "见证人吕莉辉在场，证明吕莉辉已在该处经营|见证人［姓名已隐去］在场，证明［姓名已隐去］已在该处经营",
        "工人王刚在场。对王刚给予批评|工人［姓名已隐去］在场。对［姓名已隐去］给予批评",
        // Agents, contacts, landlords, crews and colleagues are third parties too.
        "对该公司授权委托人黄镒峰的询问|对该公司授权委托人［姓名已隐去］的询问",
        "受委托人：吴治达，身份证复印件|受委托人：［姓名已隐去］，身份证复印件",
        "联系人：周宏宇，联系电话：|联系人：［姓名已隐去］，联系电话：",
        "房东刘建斌称该公司已搬离|房东［姓名已隐去］称该公司已搬离",
        "确认户主徐克锋、兰岩云在新田村建房|确认户主［姓名已隐去］、［姓名已隐去］在新田村建房",
        "《询问笔录》2份（船长：陈先月、船东：苏苗芬）|《询问笔录》2份（船长：［姓名已隐去］、船东：［姓名已隐去］）",
        "提供职工熊洪华的有效证件|提供职工［姓名已隐去］的有效证件",
        "该工程的安全员沈鸣宇的调查询问笔录|该工程的安全员［姓名已隐去］的调查询问笔录",
        "在接收到朋友徐鑫的咨询后|在接收到朋友［姓名已隐去］的咨询后",
        "在接收到朋友徐鑫的咨询后，随后徐鑫一共联系到25人|在接收到朋友［姓名已隐去］的咨询后，随后［姓名已隐去］一共联系到25人",
        "联 系 人：胡强 电 话：［电话号码已隐去］|联 系 人：［姓名已隐去］ 电 话：［电话号码已隐去］",
        "告知旅游者旅行社的联系人和联系电话|告知旅游者旅行社的联系人和联系电话",
        "听取了委托代理人陈述、申辩，递交了《申辩书》|听取了委托代理人陈述、申辩，递交了《申辩书》",
        "证据（五）院长张娟询问笔录一份|证据（五）院长［姓名已隐去］询问笔录一份",
        // An applicant whose identity was used, an official bribed (local_amr_sample lines 11, 14).
        "2026年2月5日，申请人施正东向本局现场反映，其本人身份信息被冒用|2026年2月5日，申请人［姓名已隐去］向本局现场反映，其本人身份信息被冒用",
        "当事人员工周某向时任泸州市妇幼保健院院长李朝贡行贿20万元|当事人员工周某向时任泸州市妇幼保健院院长［姓名已隐去］行贿20万元",
        "可以申请人民法院强制执行|可以申请人民法院强制执行",
        "申请人民法院的强制执行|申请人民法院的强制执行",
        // What a role has or does, not a name.
        "员工花名册，证明|员工花名册，证明",
        "不得与员工宿舍在同一座建筑物内|不得与员工宿舍在同一座建筑物内",
        "行使控股股东的相应股东权利，包括|行使控股股东的相应股东权利，包括",
        "导致消费者向本机关举报投诉|导致消费者向本机关举报投诉",
        "损害消费者利益的违法行为|损害消费者利益的违法行为",
        "列支员工车辆报销的汽油费|列支员工车辆报销的汽油费",
        "指使或者强令他人违反消防安全规定|指使或者强令他人违反消防安全规定"
      })
  void thirdPartiesNamedByTheirRoleAreRemoved(String text, String published) {
    assertThat(PersonText.withoutThirdParties(text)).isEqualTo(published);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "住所：开远市智源路保险小区5幢。|住所：［住址已隐去］。",
        "王小明，男，住址：昆明市盘龙区北京路1号，从事餐饮。|王小明，男，住址：［住址已隐去］，从事餐饮。",
        "当事人经营场所位于文峰镇宇臻路，无照经营。|当事人经营场所位于［住址已隐去］，无照经营。",
        "李*住所地：东湖市湖滨区幸福路12号3单元501室。|李*住所地：［住址已隐去］。",
        "户籍所在地：东湖市湖滨区和平村5组，|户籍所在地：［住址已隐去］，",
        "住 址：河北省衡水市阜城县蒋坊乡梁家村132号   经调查|住 址：［住址已隐去］   经调查",
        "地址（住所）：松阳县西屏街道长虹东路68号 工商注册号：331124|地址（住所）：［住址已隐去］ 工商注册号：331124",
        "缴至我局地址：东湖市人民路1号，|缴至我局地址：东湖市人民路1号，",
        "其家住湖滨区幸福路8号，|其家住［住址已隐去］，",
        "李*住址为浙江省杭州市文三路1号。|李*住址为［住址已隐去］。",
        "户口所在地：浙江省杭州市，现居浙江省宁波市。|户口所在地：［住址已隐去］，现居［住址已隐去］。",
        "当事人李*，住浙江省杭州市天目山路4号，|当事人李*，住［住址已隐去］，",
        "泰顺县住房和城乡建设局。根据浙江省住房和城乡建设厅规定|泰顺县住房和城乡建设局。根据浙江省住房和城乡建设厅规定",
        "租客高某某未办理暂住登记，按照暂住人口管理规定|租客高某某未办理暂住登记，按照暂住人口管理规定",
        "当事人：兰*平，男，现住陇西县文峰镇宇臻路甘肃宇臻物流集团公司四库对面|当事人：兰*平，男，现住［住址已隐去］"
      })
  void addressesAreRemoved(String text, String published) {
    assertThat(PersonText.withoutAddresses(text)).isEqualTo(published);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "阳光保险代理有限公司，金辉|阳光保险代理有限公司，金*",
        "某信用联社（马庆军、范海科）|某信用联社（马*军、范*科）",
        "刘宇（木屋特色烧烤店）|刘*（木屋特色烧烤店）",
        "重庆市黔江区交通委员会|重庆市黔江区交通委员会",
        "宁波市镇海建升铁制品有限公司营业执照|宁波市镇海建升铁制品有限公司营业执照",
        "辽宁经纬工程管理有限公司设计数据|辽宁经纬工程管理有限公司设计数据",
        "拉萨某某代理事务所（普通合伙）|拉萨某某代理事务所（普通合伙）",
        "某某股权投资基金合伙企业（有限合伙）|某某股权投资基金合伙企业（有限合伙）"
      })
  void personsBesideAnInstitutionAreMaskedAndTheRestOfItsNameIsNot(String party, String published) {
    assertThat(PersonText.maskPersonsBeside(party)).isEqualTo(published);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "法定代表人苏振明。 苏振明，男，1952年出生，时任董事长。苏振明签字确认。|法定代表人苏*明。 苏*明，男，1952年出生，时任董事长。苏*明签字确认。",
        "当事人：叶隆凯，性别：男，住址|当事人：叶*凯，性别：男，住址",
        "当事人：邵伟良、男、42岁|当事人：邵*良、男、42岁",
        "违反公司章程的规定。 章程，男，1954年出生，时任独立董事。章程称|违反公司章程的规定。 章*，男，1954年出生，时任独立董事。章*称",
        "王飞，男，1967年出生。在王飞跃公司的王飞|王*，男，1967年出生。在王飞跃公司的王*",
        // After a mark or an office a known name is masked whatever follows; before what a person
        // does, whatever precedes.
        "郑宏，男，1970年出生。闫*、郑宏内幕交易，交由郑宏操作，“郑宏”账户|郑*，男，1970年出生。闫*、郑*内幕交易，交由郑*操作，“郑*”账户",
        "章程，男，1954年出生。不能构成章程作为独立董事的免责事由。公司章程的规定|章*，男，1954年出生。不能构成章*作为独立董事的免责事由。公司章程的规定",
        "姚全，男，1970年出生。对姚全给予警告|姚*，男，1970年出生。对姚*给予警告",
        "李晓敏：男，1970年出生|李*敏：男，1970年出生",
        "当事人张某某，男，1980年出生|当事人张某某，男，1980年出生",
        "销售男装，女装，童装|销售男装，女装，童装",
        "。寿鹤蕾，女，1970年出生|。寿*蕾，女，1970年出生",
        "船舶浙路渔08077李瑞贤，男，50岁|船舶浙路渔08077李*贤，男，50岁",
        "现场负责人，男，约40岁|现场负责人，男，约40岁",
        // A compound surname (欧阳, 司马, 上官, 诸葛) and a given name of two characters.
        "欧阳小明，男，49岁，系现场负责人。欧阳小明签字确认。|欧*明，男，49岁，系现场负责人。欧*明签字确认。",
        "当事人：司马相如，性别：男，住址|当事人：司*如，性别：男，住址",
        "。上官婉儿，女，1990年出生|。上*儿，女，1990年出生",
        "诸葛孔明、男、42岁|诸*明、男、42岁",
        "诸葛亮，男，42岁|诸*亮，男，42岁",
        // A table's row: the label, the name, the next label.
        "违法行为人 公民 姓名 宗欣秀 性别 男 年龄 43|违法行为人 公民 姓名 宗*秀 性别 男 年龄 43",
        "投资人姓名：李玉梅 性别：女 年龄：53|投资人姓名：李*梅 性别：女 年龄：53",
        "姓名 性别 男女比例|姓名 性别 男女比例"
      })
  void everyPersonDescribedBySexIsMaskedWhereverTheyAreNamed(String text, String published) {
    assertThat(PersonText.maskPersons(text, PersonText.describedPersons(text)))
        .isEqualTo(published);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "苏某明，男，时任某电子董事长，住址：北京市海淀区万寿路27号。|苏某明，男，时任某电子董事长，住址：［住址已隐去］。",
        "当事人：某电子股份有限公司，住所：厦门市湖里区体育路45号，|当事人：某电子股份有限公司，住所：厦门市湖里区体育路45号，",
        "经营地址：东湖市湖滨区和平路5号，员工刘某家住湖滨区幸福路8号。|经营地址：东湖市湖滨区和平路5号，员工刘某家住［住址已隐去］。",
        // A label written straight before the place.
        "刘*明，男，42岁，住址北京市海淀区世纪城西五区4-3-801号，白银|刘*明，男，42岁，住址［住址已隐去］，白银",
        "［住址已隐去］，居住地派出所|［住址已隐去］，居住地派出所"
      })
  void aPersonsHomeIsRemovedWhoeverThePartyAndAnOrganisationsAddressStays(
      String text, String published) {
    assertThat(PersonText.withoutHomes(text)).isEqualTo(published);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "当事人王小明在居民区夜间施工，王小明称不知情。|王小明|王*明|当事人王*明在居民区夜间施工，王*明称不知情。",
        "当事人王某在居民区夜间施工。|王|王|当事人王某在居民区夜间施工。",
        "当事人王 小明在居民区夜间施工，小明称不知情。|王小明|王*明|当事人王*明在居民区夜间施工，*明称不知情。",
        "当事人王建国自建国以来经营。|王建国|王*国|当事人王*国自建国以来经营。"
      })
  void aPersonsOwnNameIsShownMasked(String text, String name, String masked, String published) {
    assertThat(PersonText.maskName(text, name, masked)).isEqualTo(published);
  }

  @ParameterizedTest
  @CsvSource({
    "于大年提起上诉，给予于大年处罚, 于*年, 于*年提起上诉，给予于*年处罚",
    "于小年不是当事人但形同, 于*年, 于*年不是当事人但形同",
    "王某某与于大年, 于*年, 王某某与于*年",
    "张三提起上诉, 张*, 张*提起上诉"
  })
  void aTextKnowingOnlyTheMaskedNameMasksEveryNameItFits(
      String text, String masked, String published) {
    assertThat(PersonText.maskFitting(text, masked)).isEqualTo(published);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "当事人李四于2026年10月在河道旁焚烧垃圾。|李*|当事人李*于2026年10月在河道旁焚烧垃圾。",
        "应当事人李四（手机号码已隐去）申请，更正事实|李*|应当事人李*（手机号码已隐去）申请，更正事实",
        "经复议，赵六的处罚决定被撤销|赵*|经复议，赵*的处罚决定被撤销",
        "李家村村民反映|李*|李*村村民反映",
        "对李四暂扣；李四案|李*|对李*暂扣；李*案",
        "欧阳 小明认错|欧*明|欧*明认错",
        "当事人欧阳小明在河道旁焚烧垃圾，欧阳小明认错。|欧*明|当事人欧*明在河道旁焚烧垃圾，欧*明认错。"
      })
  void twoAndFourCharacterNamesAreMaskedWhereTheyStandAsNames(
      String text, String masked, String published) {
    assertThat(PersonText.maskFitting(text, masked)).isEqualTo(published);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "固定电话0571-87654321，QQ号123456789，邮箱wangxm@example.com，微信号wxm_1990。"
            + "|固定电话［电话号码已隐去］，QQ号［账号已隐去］，邮箱［电子邮箱已隐去］，微信号［账号已隐去］。",
        "联系电话：（0571）87654321|联系电话：［电话号码已隐去］",
        "联系方式：0571-88881234；座机：０５７１－８８８８１２３４；座机0571-8888 1234|联系方式：［电话号码已隐去］；座机：［电话号码已隐去］；座机［电话号码已隐去］",
        "罚款3000元，于2026年10月1日缴纳。|罚款3000元，于2026年10月1日缴纳。"
      })
  void aPersonsContactsAreRemoved(String text, String published) {
    assertThat(PersonContacts.withoutContacts(text)).isEqualTo(published);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "护照号E12345678，|护照号［护照号码已隐去］，",
        "护照号码：G1234567。|护照号码：［护照号码已隐去］。",
        "国籍(籍贯)：印度  有效证件号码：KO464583 职业|国籍(籍贯)：印度  有效证件号码：［护照号码已隐去］ 职业",
        "证件号码：N1250296，|证件号码：［护照号码已隐去］，",
        "应当登记姓名、有效证件号码、联系方式|应当登记姓名、有效证件号码、联系方式"
      })
  void passportNumbersAreRemoved(String text, String published) {
    assertThat(PersonContacts.withoutPassports(text)).isEqualTo(published);
  }

  @org.junit.jupiter.api.Test
  void controlCharactersAndDirectionOverridesAreNotPublished() {
    assertThat(Publishable.withoutControls("事实\u0007\u001b[31m\u202e反转\n下一行\t。"))
        .isEqualTo("事实[31m反转\n下一行\t。");
  }
}
