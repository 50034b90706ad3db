// What each of the API's error codes (schema: enum ErrorCode) means to a person using the site.
// Every code of the schema has its message here; ErrorMessagesTest keeps the two in step.
export const MESSAGES = {
  NOT_FOUND: "没有找到该记录：编号可能有误，或记录已不再公示。",
  PAGE_SIZE_OUT_OF_RANGE: "每页条数须在 1 到 100 之间。",
  INVALID_CURSOR: "翻页位置已失效，请从第一页重新检索。",
  INVALID_REGION_CODE: "行政区划代码应为 6 位或 9 位数字，且须是已知的区划。",
  INVALID_CREDIT_CODE: "统一社会信用代码应为 18 位，由数字和大写字母组成（不含 I、O、Z、S、V），且校验位正确。",
  INVALID_DATE_RANGE: "日期范围有误：结束日期早于开始日期。",
  INVALID_AMOUNT_RANGE: "金额有误：不能为负数，整数不超过 14 位、至多两位小数，上限也不能低于下限。",
  INVALID_TEXT: "输入的文字为空、过长，或含有无法识别的字符。",
  INVALID_FIELD: "所选执法领域不存在。",
  INVALID_GROUPING: "统计分组有误：至少选一项、不重复、最多三项。",
  INVALID_REQUEST: "请求格式有误，请检查输入后重试。",
  INVALID_TRANSITION: "该记录当前的状态不允许这项操作。",
  NOT_PUBLISHABLE: "依法不得公开该记录（例如对未成年人的处罚）。",
  DUPLICATE_DOCUMENT_NUMBER: "本机关已公开同一文号的处罚决定。",
  INVALID_FILE: "上传的文件无法读取：须是 10 MB 以内的电子表格。",
  UNAUTHENTICATED: "这项操作需要工作人员账号。",
  FORBIDDEN: "您的账号无权处理该单位或该记录。",
  INVALID_PHONE: "电话号码应为 11 位手机号，或带区号的固定电话。",
  NOT_ROUTABLE: "没有行政执法监督联系点或监督机关受理这一事项，请直接拨打该执法机关公布的投诉电话或 12345。",
  ACCESS_DENIED: "查询编号与查询码不匹配，请核对后重试。",
  TOO_MANY_ATTEMPTS: "查询码错误次数过多，请稍后再试。",
  FILING_KEY_REUSED: "这份投诉此前已经提交过，但内容与这次不同；请刷新页面后重新填写提交。",
  QUERY_TOO_COSTLY: "这次查询范围过大，请缩小条件后重试。",
  QUERY_TOO_DEEP: "这次查询层级过深，请简化后重试。",
  QUERY_TOO_LARGE: "这次查询内容过长，请简化后重试。",
  QUERY_TIMEOUT: "查询超时，请缩小范围后重试。",
  RESPONSE_TOO_LARGE: "结果过多，请缩小范围或减少每页条数。",
  PAYLOAD_TOO_LARGE: "提交的内容过大。",
  PERSISTED_QUERY_NOT_FOUND: "页面已更新，请刷新后重试。",
  RATE_LIMITED: "访问过于频繁，请稍候片刻再试。",
  INTERNAL_ERROR: "系统暂时出错，请稍后再试；已提交的内容不会丢失。",
};

/** The message for a failure with no code of the API's: the network, or an answer that is not GraphQL. */
export const UNREACHABLE = "暂时无法连接本站，请检查网络后重试。";
