/**
 * Every word renda-kit shows, in Simplified Chinese: the one catalogue for zh-CN (the en catalogue
 * has the same keys; a test checks). One named section per consumer, so a widget's bundle takes
 * only the sections it uses. `{name}` placeholders are filled by `createMsg` (domain/messages.ts).
 */

/** Used by domain/labels.ts. */
export const levels = { national: '全国人大代表', provincial: '省人大代表', city: '市人大代表', county: '县（区）人大代表', township: '乡镇人大代表' };

/** Used by domain/labels.ts. */
export const stationKinds = { center: '联络中心站', station: '联络站', point: '联络点', mobile: '流动联络站' };

/** Used by domain/labels.ts. */
export const stages = {
  submitted: '递交',
  accepted: '受理',
  reviewed: '审核',
  assigned: '转办',
  replied: '答复',
  'fed-back': '反馈',
  rated: '评议',
  closed: '办结',
  'resolved-on-site': '现场解决',
  reopened: '重新办理',
};

/** Used by domain/labels.ts. */
export const outcomes = { A: 'A类 已解决', B: 'B类 正在解决', C: 'C类 列入计划', D: 'D类 留作参考' };

/** Used by domain/labels.ts. */
export const satisfactions = { satisfied: '满意', 'basically-satisfied': '基本满意', unsatisfied: '不满意' };

/** Used by domain/labels.ts. */
export const sources = {
  scan: '扫码递交',
  reception: '接待日',
  visit: '走访',
  session: '大会期间',
  recess: '闭会期间',
  questioning: '大会问政',
  'meet-the-head': '乡长有约',
  other: '其他',
};

/** Used by domain/labels.ts. */
export const townKinds = { town: '镇', township: '乡', subdistrict: '街道' };

/** Used by domain/labels.ts. */
export const weekdays = ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日'];

/** Used by domain/reception.ts. */
export const halfDays = { morning: '上午', afternoon: '下午', 'all-day': '全天' };

/** Used by domain/figures.ts. */
export const figureNames = { done: '办成率', satisfied: '满意率', onTime: '按期答复率', overdue: '逾期' };

/** Used by domain/figures.ts. */
export const figureDefinitions = {
  done: '办成率：已解决（A类）、正在解决（B类）和现场解决的建议，占已有办理结果或现场解决的建议的比例。',
  satisfied: '满意率：评价为满意或基本满意的，占群众已评价的建议的比例。',
  onTime: '按期答复率：在期限内答复的办理轮次，占已答复或已过期限的轮次的比例。',
  overdue: '逾期：尚未办结、本轮已过答复期限仍未答复的建议。',
};

/** Used by domain/station-themes.ts. */
export const stationThemes = {
  village: '村（居）',
  community: '社区',
  enterprise: '企业',
  project: '重点项目',
  shop: '民生小铺',
  park: '园区',
  building: '楼宇',
  school: '学校',
  market: '市场',
  hospital: '医院',
};

/** Used by domain/ics.ts. */
export const calendarFile = { reception: '代表接待', stop: '流动联络站', deputies: '进站代表', rule: '接待安排', place: '地点' };

/** Used by domain/suggestion-export.ts. */
export const clockStatus = { running: '办理中', overdue: '逾期未复', 'on-time': '按期答复', late: '逾期答复' };

/** Used by domain/suggestion-export.ts. */
export const csvHeaders = {
  id: '编号', title: '标题', category: '类别', source: '来源', submitter: '提出人', deputies: '代表', station: '联络站',
  department: '承办单位', coDepartments: '协办单位', stage: '当前环节', outcome: '办理结果', satisfaction: '满意度',
  daysOpen: '办理天数', replyDue: '答复期限', clock: '期限状态', rounds: '办理轮次', body: '建议内容', reply: '答复内容',
  link: '链接', stageDate: '{stage}日期',
};

/** Used by components/base/data-state.ts. */
export const dataState = {
  loading: '正在加载…',
  empty: '暂无内容。',
  retry: '重试',
  'not-found': '没有找到这份数据。',
  http: '服务器暂时出错（{status}），请稍后再试。',
  'http-no-status': '服务器暂时出错，请稍后再试。',
  timeout: '加载超时，请检查网络后重试。',
  'bad-json': '数据格式有误，暂时无法显示。',
  offline: '无法连接网络，请联网后重试。',
};

/** Used by components/qr-code/qr-code.component.ts. */
export const qrCode = {
  label: '二维码：{value}',
  empty: '未设置二维码内容。',
  tooLong: '内容太长，无法生成二维码。请改用更短的网址。',
  downloadSvg: '下载SVG',
  downloadPng: '下载PNG',
};

/** Used by components/deputy-card/deputy-card.component.ts. */
export const deputyCard = {
  number: '代表编号',
  levels: '代表层级',
  constituency: '选区',
  stations: '联络站',
  term: '任期',
  roles: '身份',
  nextReception: '下次接待',
  noReception: '暂无接待安排，可通过代表码留言。',
  noReceptionCall: '暂无接待安排，可打电话到联络站预约。',
  code: '代表码',
  codeHint: '用手机扫码，给{name}代表留言：有事码上说。',
  codeHintVisit: '用手机扫码，打开{name}代表的页面：联络站的电话和接待时间都在上面。',
  codeLabel: '{name}代表的代表码',
  noCode: '代表码暂未设置。',
  empty: '暂无代表信息。',
  loading: '正在加载代表信息…',
  badData: '代表信息格式有误，暂时无法显示。',
  slogan: '有事找代表 扫码说',
  deputy: '代表',
  station: '联络站',
  reception: '接待时间',
  scanHint: '微信或手机相机扫码，即可给代表留言',
  scanHintVisit: '微信或手机相机扫码，查看代表的联络站电话和接待时间',
  moreStations: '等{count}个联络站',
};

/** Used by components/station-map/station-map.messages.ts. */
export const stationMap = {
  mapLabel: '联络站地图',
  mapRole: '地图',
  keyboardHint: '在地图上：方向键移动，+ 和 − 缩放，0 显示全部站点。',
  skipToList: '跳过地图，到站点列表',
  zoomIn: '放大',
  zoomOut: '缩小',
  reset: '显示全部站点',
  nearest: '离我最近',
  locating: '正在获取您的位置…',
  locationPrivacy: '您的位置只在本机上用来计算距离，不会发送出去。',
  locationDenied: '没有获得定位权限。您可以在浏览器设置中允许定位后重试，或在下面的列表中查找。',
  locationUnavailable: '暂时无法获取您的位置，请到开阔处稍后重试。',
  locationUnsupported: '这个浏览器不能定位（需要 https 网址）。请在下面的列表中查找。',
  forgetLocation: '不再使用我的位置',
  nearestFound: '离您最近的是{name}，约{distance}。',
  youAreHere: '您的位置',
  schematic: '示意图，不含行政区界线',
  reviewNumber: '审图号：{number}',
  kinds: '站点类型',
  theme: '特色',
  allThemes: '全部',
  countAll: '共 {count} 个站点',
  countFiltered: '显示 {shown} 个，共 {total} 个站点',
  listHeading: '站点列表',
  showOnMap: '在地图上显示',
  showOnMapLabel: '在地图上显示：{name}',
  showMore: '再显示 {count} 个（还有 {rest} 个）',
  cluster: '{count} 个站点，点按放大',
  selected: '已选择：{name}',
  address: '地址',
  phone: '电话',
  schedule: '接待时间',
  next: '下次接待',
  nextStop: '下一站',
  noReception: '暂无固定接待日，请先电话联系。',
  deputies: '进站代表',
  noDeputies: '暂无进站代表信息。',
  code: '联络站码',
  codeLabel: '{name}的联络站码',
  addToCalendar: '加入日历',
  calendarHint: '下载未来半年的接待日程（.ics），手机日历可直接导入。',
  details: '查看站点详情',
  close: '关闭',
  noMatch: '没有符合条件的站点。请换个类型或特色。',
  rejected: '有 {count} 个站点的数据有误，没有显示。',
  empty: '暂无联络站信息。',
  distance: '约{distance}',
  today: '今天',
};

/** Used by domain/reply-clock.ts: a round's reply clock in words, on the tracker and the suggestion pages. */
export const replyClock = {
  basisStandard: '转办后 3 个月内答复',
  basisComplex: '重大复杂事项，转办后 6 个月内答复',
  basisReopened: '不满意重新办理，1 个月内再次答复',
  basisOverride: '规定的答复期限',
  clockDue: '{basis}：{date}前',
  running: '还剩 {n} 天',
  dueToday: '今天到期',
  overdueDays: '已逾期 {n} 天，尚未答复',
  onTime: '已按期答复',
  onTimeEarly: '已按期答复（提前 {n} 天）',
  late: '逾期 {n} 天后答复',
};

/** Used by components/suggestion-tracker/messages.ts. */
export const suggestionTracker = {
  label: '建议办理跟踪',
  overview: '办理概况',
  overviewFiltered: '以下数字按当前筛选的 {n} 条建议计算。',
  total: '建议总数',
  open: '办理中',
  finished: '已办结',
  overdue: '逾期未答复',
  overdueCallout: '{n} 条建议已超过答复期限仍未答复。',
  showOverdue: '只看逾期',
  rateOf: '{part}/{whole}',
  byStage: '各环节件数',
  reopenedCount: '曾因评议不满意重新办理 {n} 件',
  onSiteCount: '现场解决 {n} 件（含此后已办结的）',
  filters: '筛选建议',
  search: '搜索',
  searchHint: '在标题、内容和答复中查找，多个词用空格分开；也可输入拼音首字母',
  searchPlaceholder: '例如：停车、路灯',
  stage: '环节',
  category: '类别',
  source: '来源',
  outcome: '办理结果',
  satisfaction: '满意度',
  deputy: '代表',
  station: '联络站',
  year: '年份',
  yearValue: '{year}年',
  any: '全部',
  overdueOnly: '只看逾期未答复',
  moreFilters: '更多筛选条件',
  sort: '排序',
  sortNewest: '递交日期（新到旧）',
  sortOldest: '递交日期（旧到新）',
  sortDaysOpen: '办理天数（长到短）',
  sortDeadline: '答复期限（近到远）',
  reset: '清除筛选',
  exportCsv: '导出 CSV',
  exportJson: '导出 JSON',
  exportHint: '导出当前列表中的 {n} 条建议',
  count: '共 {n} 条建议',
  countFiltered: '找到 {n} 条建议（共 {total} 条）',
  noMatch: '没有符合条件的建议。',
  empty: '暂无公开的建议。',
  list: '建议列表',
  moreOnServer: '以上是最新的 {shown} 条，共 {total} 条。',
  submittedOn: '{date}递交',
  daysOpen: '已办 {n} 天',
  daysTaken: '历时 {n} 天',
  due: '{date}前答复',
  overdueBadge: '逾期 {n} 天',
  deputies: '代表：{names}',
  listSeparator: '、',
  back: '返回列表',
  number: '编号',
  submitter: '提出人',
  department: '承办单位',
  coDepartments: '（协办：{names}）',
  currentStage: '当前环节',
  days: '办理天数',
  daysValue: '{n} 天',
  body: '建议内容',
  timeline: '办理过程',
  round1: '第 1 轮办理',
  roundN: '第 {n} 轮：评议不满意后重新办理',
  clock: '答复期限',
  noClock: '未转交部门办理，不计答复期限。',
  stepDeadline: '答复期限 {date}',
  reply: '答复',
  result: '办理结果',
  rating: '群众评议',
  notFound: '没有找到编号为 {id} 的建议，它可能未公开。',
  unknown: '未知',
  facetCount: '{label}（{n}）',
  showMore: '再显示 {n} 条（还有 {rest} 条）',
};

/** Used by components/vote/vote.component.ts. */
export const vote = {
  binding: '人大代表票决 · 具有法定效力',
  assemblyBallot: '议政代表会票决 · 交街道办事处组织实施',
  advisoryPoll: '群众投票 · 结果供参考，不是法定表决',
  advisoryRating: '满意度测评 · 结果供参考',
  notFound: '没有找到这项投票。',
  session: '{session} · {date}',
  schedule: '投票时间：{opens}至{closes}（北京时间）',
  scheduleOpenEnded: '{opens}起可以评价（北京时间）',
  pickUpTo: '请选择，最多选{max}项',
  pickOne: '请选择您的评价',
  picked: '已选{count}项，还可以选{left}项。',
  pickedFull: '已选满{max}项。如要换选，请先取消一项。',
  castPoll: '提交选票',
  castRating: '提交评价',
  sending: '正在提交…',
  retrying: '网络不稳定，正在重新提交（第{attempt}次）。请不要关闭页面，不会重复计票。',
  resuming: '上次的选票还没有得到确认，正在重新提交…',
  stored: '您的选票已保存（{time}），感谢参与！',
  storedRating: '您的评价已保存（{time}），感谢参与！',
  alreadyVoted: '您已经投过票了（{time}），每人只能投一次。感谢参与！',
  alreadyRated: '您已经评价过了（{time}），每人只能评价一次。感谢参与！',
  alreadyVotedPlain: '您已经投过票了，每人只能投一次。感谢参与！',
  alreadyRatedPlain: '您已经评价过了，每人只能评价一次。感谢参与！',
  castOffline: '网络没有连接，您的选票还没有提交成功。联网后请点“重新提交”，不会重复计票。',
  castServerError: '投票服务器暂时出错，您的选票还没有保存。请稍后点“重新提交”，不会重复计票。',
  resend: '重新提交',
  retry: '重试',
  connecting: '正在连接投票服务器…',
  statusOffline: '无法连接投票服务器，暂时不能投票。请检查网络后重试。',
  statusServerError: '投票服务器暂时出错，请稍后再试。',
  statusMissing: '投票服务器上没有这项投票，暂时不能在这里投票。',
  notYetOpen: '投票还没有开始，{opens}开始。',
  closed: '投票已于{closes}结束。',
  open: '投票进行中，{closes}截止。',
  openRating: '评价进行中，{closes}截止。',
  openRatingNoEnd: '欢迎评价。',
  noApi: '本页没有开通网上投票。',
  noPicks: '请至少选择一项。',
  rejectedClosed: '投票已经结束，这张选票没有计入。',
  rejectedNotOpen: '投票还没有开始，这张选票没有计入。',
  rejectedChanged: '投票的选项有变化，请刷新页面后重新选择。',
  rejectedRate: '提交太频繁了，请过一会儿再试。',
  rejectedOther: '选票没有被接受，请刷新页面后再试。',
  resultsHidden: '结果将在投票结束后公布。',
  resultsLoading: '正在加载结果…',
  resultsUnavailable: '暂时无法显示最新结果。',
  resultsCaption: '投票结果（截至{time}）',
  resultsFinal: '最终结果',
  ratingCaption: '评价结果（截至{time}）',
  ratingFinal: '最终评价结果',
  resultsPublished: '公布的结果',
  onlineBallots: '网上选票{count}张',
  onlineBallotsOne: '网上选票{count}张',
  onlineRatings: '网上评价{count}份',
  onlineRatingsOne: '网上评价{count}份',
  withRecorded: '，另含联络站等线下计票',
  votes: '{count}票',
  votesOne: '{count}票',
  votesShare: '{count}票（{share}）',
  legend: '图例：',
  halfLine: '全体代表半数',
  satisfactionRate: '满意率（满意与基本满意）：{share}',
  electorate: '全体代表',
  electorateValue: '{count}名',
  issued: '发出选票',
  returned: '收回选票',
  ballotsValue: '{count}张',
  candidates: '候选项目',
  candidatesValue: '{count}个，选{seats}个',
  passRule: '通过标准：赞成票超过全体代表半数（{threshold} 票）方为通过，按全体{electorate}名代表计算，不是按到会代表。',
  chosenSummary: '当选项目{count}个。',
  tieWarning: '最后一个名额出现同票：{names}票数相同，须按议事规则另行确定。',
  projectsLabel: '各候选项目的表决结果',
  for: '赞成',
  against: '反对',
  abstain: '弃权',
  counts: '赞成{for}票 · 反对{against}票 · 弃权{abstain}票',
  investment: '投资{amount}万元',
  completion: '计划{date}完成',
  completed: '已于{date}完成',
  'result-chosen': '当选',
  'result-tied': '票数相同，待定',
  'result-passed-not-chosen': '通过，未入选',
  'result-failed': '未通过',
};

/** Used by components/site-search/site-search.component.ts. */
export const siteSearch = {
  label: '搜索本站',
  placeholder: '例如：路灯、张、接待日',
  hint: '输入关键词，支持多个词（用空格分开）。',
  count: '找到 {count} 条结果',
  none: '没有找到“{query}”的相关内容。可以换个说法，或少输几个字。',
  more: '显示更多结果',
  loading: '正在加载搜索索引…',
};

/** Used by site/i18n.ts. */
export const siteChrome = {
  skip: '跳到正文',
  sections: '栏目',
  breadcrumbs: '位置',
  home: '首页',
  deputies: '代表',
  stations: '联络站',
  suggestions: '建议办理',
  votes: '票决与评议',
  news: '动态',
  data: '公开数据',
  search: '搜索',
  display: '显示设置',
  largeText: '大字',
  contrast: '高对比',
  language: 'English',
  languageName: 'English version',
  privacy: '本站公开的群众建议已隐去个人信息；提交人仅显示姓氏。',
  embed: '嵌入部件',
  feed: '订阅动态',
  feedTitle: '{town}人大动态',
  descriptionTown: '{town}{title}：{congress}公开信息。',
  descriptionSite: '{title}：乡镇人大代表、联络站、建议办理与票决公开。',
};

/** Used by site/render/suggestion-tracker.ts. */
export const trackerMore = '其余建议';

/** Used by site/pages/home.ts. */
export const homePage = {
  counts: '代表 {deputies} 名 · 联络站点 {stations} 个 · 公开建议 {suggestions} 件',
  deputies: '名代表',
  stations: '个联络站点',
  suggestions: '件公开建议',
  progress: '建议办理进度',
  byStage: '各环节建议数',
  stage: '环节',
  count: '件数',
  news: '最新动态',
  projects: '民生实事项目',
  projectsLead: '{title}：{seats} 个项目由代表票决产生（赞成票须超过全体代表半数，即 {threshold} 票）。',
  projectsLeadAssembly: '{title}：{seats} 个项目由{assembly}票决产生（赞成票须超过全体议政代表半数，即 {threshold} 票），交街道办事处组织实施。',
  votesFor: '赞成 {count} 票',
  allVotes: '票决详情与群众投票',
  contact: '联系我们',
  phone: '电话',
  description: '{town}{congress}：代表、联络站、群众建议办理与民生实事项目票决公开。',
};

/** Used by site/pages/deputies.ts. */
export const deputiesPage = {
  deputies: '代表名单',
  lead: '{congress}共有代表 {total} 名；本页列出在本{place}履职的各级代表 {count} 名。',
  leadCommittee: '街道不设人民代表大会，{congress}联系本街道选出的人大代表 {total} 名；本页列出在本街道履职的各级代表 {count} 名。',
  town: '镇',
  subdistrict: '街道',
  printAll: '打印全部代表码',
  printAllNote: '（A4纸，每张4份A6卡片，沿虚线裁开张贴）',
  filter: '筛选代表',
  filterLevel: '层级',
  filterConstituency: '选区',
  filterAll: '全部',
  filterCount: '显示 {count} 名代表',
  number: '编号',
  name: '姓名',
  levels: '层级',
  constituency: '选区',
  title: '职务',
  deputyTitle: '{name}代表',
  memberTitle: '议政代表{name}',
  leadMembers: '另有{assembly}议政代表 {members} 名（不是人大代表，由社区、村推选），一并列出。',
  description: '{town}{levels}{name}：选区、联络站、接待日与代表码。',
  print: '打印：',
  printPoster: '{name}代表的代表码海报（A4）',
  printCards: '全部代表码（A6卡片）',
  stations: '进站履职：联络站和接待时间',
  noStations: '暂未进站。',
  calendar: '该代表进站接待日历',
  calendarNote: '下载其所在联络站未来半年的接待日程（.ics 文件），手机日历可直接导入。',
  calendarName: '{name}代表进站接待',
  kind: '类型',
  address: '地址',
  schedule: '接待时间',
  stops: '流动安排',
  next: '下次接待',
  suggestions: '领办和收到的建议',
  suggestionsLead: '共 {count} 件，点开可看每件建议从递交到评议的全过程。',
  raised: '代表提出的建议',
  received: '受理的群众建议',
  noSuggestions: '暂无公开的建议。',
  contact: '联系{name}代表',
  contactInPerson: '有事请到{name}代表所在的联络站当面反映，或打电话预约：',
  write: '给{name}代表留言',
  writeLead: '留言会交给{name}代表和联络站，办理情况可在“建议办理”栏目查看。',
  orInPerson: '也可以到联络站当面反映，或打电话：',
  reachTitle: '找{name}代表',
  reachNext: '下次接待',
  reachMore: '全部联系方式',
  phone: '电话',
  separator: '、',
  colon: '：',
};

/** Used by site/pages/stations.ts. */
export const stationsPage = {
  stations: '代表联络站',
  lead: '共 {count} 个站点：{kinds}。在地图或列表中找到离您最近的站点，看看下次接待是哪天、有哪些代表进站。',
  hub: '联络中心站',
  kindCount: '{kind} {count} 个',
  data: '站点数据（JSON）',
  stationDescription: '{name}：地址、接待时间、进站代表和联络站码。',
  kind: '类型',
  theme: '特色',
  address: '地址',
  phone: '电话',
  schedule: '接待时间',
  next: '下次接待',
  nextStop: '下一站',
  mobileStops: '流动安排',
  calendar: '加入日历',
  calendarNote: '下载未来半年的接待日程（.ics 文件），手机日历可直接导入。',
  townCalendar: '全部联络站接待日历',
  townCalendarName: '{town}代表联络站接待',
  townCalendarNote: '所有联络站未来半年的接待日程（.ics 文件），遇周末和法定节假日按各站规定顺延或取消。',
  location: '位置',
  deputies: '进站代表',
  none: '暂无。',
  suggestions: '本站办理的建议',
  printCodes: '打印全部联络站码',
  printTitle: '联络站码',
  printPoster: '打印本站联络站码海报（A4）',
  posterTitle: '{name}联络站码海报',
  code: '联络站码',
  codeLabel: '{name}的联络站码',
  codeNote: '扫码打开本页，可转发给家人邻居。',
  mapLabel: '{name}的位置',
  posterSlogan: '有事找代表 扫码说',
};

/** Used by site/pages/suggestions.ts. */
export const suggestionsPage = {
  title: '建议办理',
  intro: '群众和代表提出的建议，从递交、受理、审核、转办、答复、反馈到评议的每一步都在这里公开，并标出每件建议的答复期限。',
  feed: '订阅办理动态（Atom）',
  csv: '下载全部建议（CSV 表格）',
  json: '下载全部建议（JSON）',
  feedTitle: '{town}建议办理动态',
  description: '{town}群众建议：{title}（{stage}）',
};

/** Used by site/pages/votes.ts. */
export const votesPage = {
  intro: '人大代表票决是法定表决，决定本年度的民生实事项目；群众投票和满意度测评是参考性的，供代表票决和评议时参考。',
  // A subdistrict (街道) has no people's congress: its 人大工委 convenes the 议政代表会, whose vote is not a statutory one.
  introAssembly: '街道不设人民代表大会。{assembly}由{committee}组织召开，议政代表票决本年度的民生实事项目，结果交街道办事处组织实施；这是议政代表会的票决，不是人民代表大会的法定表决。群众投票和满意度测评也是参考性的。',
  assembly: '议政代表会',
  none: '暂无。',
};

/** Used by site/pages/articles.ts. */
export const newsPage = { news: '动态', none: '暂无。', pages: '专题', untranslated: '' };

/** Used by site/pages/search.ts. */
export const searchPage = { deputy: '代表', suggestion: '建议', ballot: '票决', poll: '投票', rating: '评议', news: '动态', page: '专题', title: '搜索', noscript: '搜索需要浏览器启用 JavaScript。也可以直接浏览：', deputies: '代表名单', stations: '联络站', suggestions: '建议办理', newsList: '动态' };

/** Used by site/pages/print.ts. */
export const printPage = {
  back: '返回{title}',
  cards: '共 {count} 份，印在 {sheets} 张A4纸上，每张4份A6卡片，印好后沿虚线裁开。',
  posters: '共 {count} 张A4海报。',
  settings: '打印设置：纸张选“A4”，缩放选“实际大小”或“100%”（不要选“适合页面”），边距选“无”，并勾选“背景图形”。这样代表码打印出来不小于3厘米，手机一扫就能打开。',
  check: '张贴前，请用手机扫一扫，确认能打开对应的主页。',
  deputyCards: '{town}代表码（A6卡片）',
  deputyPoster: '{name}代表的代表码海报（A4）',
  deputies: '代表名单',
  deputyPage: '{name}代表的主页',
};

/** Used by site/pages/embed.ts. */
export const embedPage = {
  title: '嵌入部件',
  description: '把{town}的代表码、联络站地图、建议办理进度等部件嵌入政府网站。',
  intro: '在本{kind}政府网站（内容管理系统）的页面里粘贴下面的代码，即可显示最新的公开信息。每个页面只需加载一次脚本：',
  town: '镇',
  subdistrict: '街道',
  scriptCode: '加载脚本的代码',
  copy: '复制代码',
  copied: '已复制',
  copyFailed: '请手动选中复制',
  promise: '部件使用本站的公开数据（已隐去个人信息），不向其他网站发送任何请求；样式与页面隔离，不受网站原有样式影响。',
  code: '{widget}的代码',
  preview: '{widget}的效果预览',
  cors: '部件从本站读取脚本和数据，所以本站的服务器须对 /assets/ 和各镇的数据文件发送响应头 Access-Control-Allow-Origin: *（数据本来就是公开的）。没有这个响应头，或脚本加载不了时，部件位置显示一个指向本站相应页面的链接，浏览器控制台说明原因。',
  corsServer: '服务器配置（nginx）：',
};

/** Used by site/pages/embed.ts: each embeddable widget, its use and the words shown where the script cannot run. */
export const embedWidgets = {
  'deputy-card': {
    title: '代表名片',
    description: '一位代表的名片：层级、选区、进站、下次接待日和代表码。把地址里的代表编号换成其他代表的编号即可。',
    fallback: '{name}代表的名片和代表码',
  },
  'station-map': {
    title: '联络站地图',
    description: '全镇的代表联络站点：地图、列表、接待时间、联络站码和“离我最近”。不需要地图服务，也不向其他网站发请求。',
    fallback: '{town}的代表联络站点',
  },
  'suggestion-tracker': {
    title: '建议办理进度',
    description: '全镇群众建议的办理进度：各环节件数、办成率、满意率、逾期提醒，可筛选、搜索和导出。page-size 是每次显示的条数，其余点“显示更多”。加 deputy="代表编号" 或 station="联络站编号" 只显示一位代表或一个联络站的建议。',
    fallback: '{town}群众建议的办理进度',
  },
  vote: {
    title: '票决与投票结果',
    description: '代表票决民生实事项目的结果（法定表决），或群众投票、满意度评议（参考性）。vote-id 换成 votes.json 里的其他编号即可。',
    fallback: '{town}的票决与投票结果',
  },
  'qr-code': {
    title: '代表码',
    description: '一位代表的二维码，群众扫码即可联系代表。把 value 换成其他代表页面的地址即可。',
    fallback: '{name}代表的主页',
  },
  'site-search': {
    title: '站内搜索',
    description: '搜索本镇的代表、联络站、建议和动态。',
    fallback: '搜索{town}的代表、联络站和建议',
  },
};

/** Used by server/pages.ts. */
export const formReply = {
  thanksTitle: '谢谢，您的意见建议已收到',
  reference: '编号：',
  keepReference: '请记下编号，便于以后询问办理情况。',
  handling: '工作人员会尽快受理。您的姓名和电话只用于联系您，不会公开。',
  back: '返回',
  refusedTitle: '没有提交成功',
  goBack: '请用浏览器的“返回”键回到表单修改，已填写的内容一般还在。',
};

/** Used by server/pages.ts. */
export const formRefusals = {
  'name-required': '请填写您的称呼。',
  'name-too-long': '称呼请不要超过40个字。',
  'body-required': '请填写意见建议的内容。',
  'body-too-long': '内容请不要超过2000字。',
  'bad-phone': '电话号码格式不对，请只填写数字。',
  'consent-required': '请勾选“同意”后再提交。',
  'rate-limited': '提交太频繁了，请过几分钟再试。',
  'body-too-large': '内容太长了，请删减后再提交。',
  'origin-not-allowed': '这个网页没有获准提交意见建议，请到本镇（街道）人大的官方网站提交。',
  'storage-unavailable': '系统暂时出错，意见建议没有保存。请稍后再试。',
  default: '提交的内容有误，请返回检查后再试。',
};

/** Used by site/pages/meetings.ts: the 大会问政 and 乡长有约 pages, computed from the suggestions. */
export const meetingsPage = {
  questioningTitle: '大会问政记录',
  questioningTitleAssembly: '议政代表会问政记录',
  questioningIntro: '人代会上，代表围绕群众反映集中的问题当面提问，政府负责人现场回应；会后问政事项列入交办清单，跟踪督办，办理结果接受代表满意度测评。每件事项的办理进程与“建议办理”中的同一条记录一致。',
  questioningIntroAssembly: '议政代表会上，代表当面向街道负责人提问；问政事项列入交办清单，由街道人大工委跟踪督办，办理结果接受代表满意度测评。每件事项的办理进程与“建议办理”中的同一条记录一致。',
  meetTitleTown: '“镇长有约”记录',
  meetTitleTownship: '“乡长有约”记录',
  meetTitleSubdistrict: '“主任有约”记录',
  meetIntro: '政府负责人进站听取意见，代表也可就特定主题“出题”约见。不能当场解决的明确措施和期限，办理结果由参加约见的代表测评，不满意的重新办理。每件事项的办理进程与“建议办理”中的同一条记录一致。',
  summary: '共{sittings}次，事项{items}件。',
  satisfied: '{name}{rate}（{part}/{whole}件已评议）',
  sittingAt: '{date} · {meeting}',
  place: '地点：',
  participants: '参加代表：',
  asked: '提问代表',
  raisedBy: '提出代表',
  answeredBy: '答复单位',
  answer: '答复',
  noAnswer: '尚未答复',
  now: '办理进程',
  rating: '代表评议',
  notRated: '尚未评议',
  details: '查看办理全过程',
  none: '暂无记录。',
  link: '问政和约见：',
  separator: '、',
};

/** Used by site/render/contact-form.ts: the message form on deputy and station pages. */
export const contactForm = {
  privacyTitle: '公开什么、隐去什么：',
  published: '会公开：',
  publishedText: '您反映的事情、办理过程和答复，在“建议办理”栏目公开，方便大家监督。',
  masked: '会隐去：',
  maskedText: '您的名字只显示姓氏（如“张先生”“李女士”）；内容里的手机号、固定电话、身份证号、银行卡号和电子邮箱会被自动隐去。',
  private: '不公开：',
  privateText: '您留的电话只用于代表和联络站联系您，不会出现在网站上。',
  privateMatters: '不希望公开的事情，请直接打电话或到联络站当面反映。',
  nameLabel: '怎么称呼您（必填）',
  nameHint: '网站上只显示姓氏，如“张先生”。',
  phoneLabel: '联系电话（选填）',
  phoneHint: '只给代表和联络站回复您用，不公开。',
  bodyLabel: '您想反映的事情（必填）',
  bodyHint: '请写清楚在哪里、什么事、希望怎么解决。最多2000字。',
  consent: '我已了解上面的说明，同意{body}保存和办理我留下的信息（必选）',
  submit: '提交留言',
  writeStation: '给{name}留言',
  writeLeadStation: '留言会交给{name}和在这里进站的代表，办理情况可在“建议办理”栏目查看。',
  contactStation: '联系{name}',
  contactInPersonStation: '有事请在接待时间到{name}当面反映，或打电话：',
  privateTextStation: '您留的电话只用于联络站和代表联系您，不会出现在网站上。',
  phoneHintStation: '只给联络站和代表回复您用，不公开。',
  reachTitleStation: '找{name}',
  reachNext: '下次接待',
  reachMore: '全部联系方式',
  phone: '电话',
  colon: '：',
};

/** Used by domain/labels.ts: a person on a 街道's list who is not a deputy. */
export const memberKinds = { 'assembly-member': '议政代表' };

/** Used by site/pages/receptions.ts: reception logs, activities and the deputy's 履职档案. */
export const dutyRecord = {
  receptionsTitle: '进站接待记录',
  receptionsLead: '各联络站每次接待的日期、进站代表、来访群众人数和反映的事项；转为建议的事项可点开查看办理进程，当场答复的写明答复。',
  recentReceptions: '最近接待',
  allReceptions: '全部接待记录',
  noReceptions: '暂无接待记录。',
  residents: '来访群众 {count} 人次',
  present: '进站代表：',
  matters: '反映事项：',
  answeredOnSite: '当场答复：',
  becameSuggestion: '转为建议',
  activitiesTitle: '代表活动',
  recentActivities: '最近活动',
  record: '履职档案',
  recordLead: '以下数字由本站公开的接待记录、建议和活动记录自动统计，口径与“建议办理”相同；不是评分。',
  period: '时段',
  term: '本届以来',
  year: '{year}年',
  receptions: '进站接待',
  receptionsCount: '{count} 次',
  residentsMet: '接待群众',
  residentsCount: '{count} 人次',
  raised: '提出建议',
  received: '收到群众意见',
  itemsCount: '{count} 件',
  activities: '参加活动',
  activitiesCount: '{count} 次',
  none: '—',
  kindGroup: '代表小组活动',
  kindTeamMeeting: '小队会',
  kindClass: '代表课堂',
  kindConsultation: '进站会商一件事',
  kindInspection: '视察',
  kindAssemblyMeeting: '议政代表会会议',
  separator: '、',
};

/** Used by site/pages/projects.ts and site/content/project-warnings.ts: livelihood projects through the year. */
export const projectsPage = {
  title: '民生实事项目进展',
  lead: '代表票决产生的民生实事项目，每个项目的进度、节点和完成情况，年底接受满意度测评。',
  percent: '进度 {percent}%',
  completed: '已于{date}完成',
  late: '计划{date}完成，尚未完成',
  planned: '计划{date}完成',
  noProgress: '尚无进展记录',
  progress: '进展记录',
  ballot: '来自：{title}',
  lateWarning: '项目“{name}”计划{date}完成，已过期，还没有完成记录',
  lateFix: '项目完成后在 completed 写上完成日期；延期的在 progress 里写明原因和新的完成时间',
};

/** Used by cli/staff-commands.ts. */
export const staffCli = {
  usage: `renda staff：管理留言台的工作人员账号（密码从标准输入读取，绝不写在命令行里）

用法：
  renda staff add    --town 镇 --user 用户名 [--role clerk|station|deputy] [--station 联络站id] [--deputy 代表id]
  renda staff list   --town 镇
  renda staff remove --user 用户名
  renda staff reset  --user 用户名            重设密码（该账号所有登录立即失效）
  renda staff purge  [--town 镇] [--days 天数] 删除结案或不予受理满期限（默认180天）的留言人姓名和电话，宜每天运行
  renda staff webhook add|list|remove --town 镇 [--url 地址] [--station id | --deputy id]
                                               企业微信/钉钉群机器人：新留言即时提醒（地址含密钥，存数据库，不进内容）
  renda staff digest --town 镇 [--send]        每日提要：未处理留言、逾期未答复的建议；--send 发到全镇的群机器人

选项：
  --content 目录   内容目录（默认 content），用于核对镇、联络站和代表
  --data 目录      SQLite 数据库所在目录（默认 data）；设置 DATABASE_URL=postgres://… 则用 PostgreSQL
  --role 角色      clerk：人大办，看全镇留言（默认）；station：联络站及其代表的留言；deputy：代表本人的留言
  --lang en        用英文显示

例：printf '%s\\n' "$PASSWORD" | renda staff add --town baiquan --user wangli --role clerk`,
  unknownAction: '未知的子命令“{action}”：可用 add、list、remove、reset。',
  badOption: '选项有误：{reason}',
  missingUser: '请用 --user 给出用户名。',
  badUser: '用户名只能用字母、数字、“.”“_”“-”，2到40个字符。',
  missingTown: '请用 --town 给出镇（街道）的代码，例如 --town baiquan。',
  contentProblems: '内容目录 {dir} 有问题，无法核对：请先运行 renda check --content {dir}。',
  unknownTown: '内容中没有镇（街道）“{town}”。',
  badRole: '--role 只能是 clerk（人大办）、station（联络站）或 deputy（代表）。',
  needsStation: '联络站账号需要 --station，给出联络站的 id。',
  unknownStation: '{town} 没有 id 为“{station}”的联络站。',
  needsDeputy: '代表账号需要 --deputy，给出代表的 id。',
  unknownDeputy: '{town} 没有 id 为“{deputy}”的代表。',
  passwordPrompt: '请输入 {user} 的密码（至少{min}个字符，输入时不显示）：',
  noPassword: '没有读到密码：请从标准输入给出，例如 printf \'%s\\n\' "$PASSWORD" | renda staff …',
  passwordTooShort: '密码太短：至少要{min}个字符。',
  passwordTooLong: '密码太长：最多{max}个字符。',
  added: '已添加账号 {user}（{role}），属于 {town}。',
  exists: '账号 {user} 已存在；要改密码请用 renda staff reset。',
  removed: '已删除账号 {user}，它的登录已全部失效。',
  reset: '已重设 {user} 的密码，它的登录已全部失效。',
  notFound: '没有账号 {user}。',
  listEmpty: '{town} 还没有工作人员账号。',
  listHeader: '{town} 的工作人员账号（{count}个）：',
  noStore: '打不开数据库：{reason}',
  roleClerk: '人大办（全镇）',
  roleStation: '联络站 {station}',
  roleDeputy: '代表 {deputy}',
  badDays: '--days 须是 1 到 3650 之间的整数。',
  badUrl: '--url 须是 http:// 或 https:// 开头的网址（群机器人的 Webhook 地址）。',
  webhookAdded: '已为 {town} 添加群机器人 {url}。',
  webhookExists: '{town} 已有这个群机器人。',
  webhookRemoved: '已删除 {town} 的群机器人 {url}。',
  webhookNotFound: '{town} 没有这个群机器人。',
  webhookNone: '{town} 还没有设置群机器人。',
  digestSent: '已发送到 {count} 个群机器人。',
  digestFailed: '有 {count} 个群机器人没有收到，请检查地址和网络。',
  purged: '已删除 {messages} 条留言和 {suggestions} 条建议中的姓名和电话（结案或不予受理满 {days} 天；内容保留，已按公开口径隐去个人信息）。',
};

/** Used by server/desk/ (the message desk's pages). */
export const desk = {
  title: '留言台',
  signInTitle: '工作人员登录',
  user: '用户名',
  password: '密码',
  signIn: '登录',
  signOut: '退出登录',
  signInFailed: '用户名或密码不对。',
  throttled: '登录尝试次数过多，为防止猜测密码，请{minutes}分钟后再试。时间到后自动恢复。',
  sessionEnded: '请先登录。登录超过一段时间不操作会自动退出。',
  csrfRefused: '表单已过期或来源不明，没有保存。请刷新页面后再提交。',
  forbidden: '您的账号无权查看或办理这一项。',
  notFound: '没有找到这一项。',
  badField: '“{field}”填写有误：{reason}',
  required: '必须填写',
  tooLong: '最多{max}个字',
  badChoice: '请从列表中选择',
  badDateField: '请按“年-月-日”填写，例如 2026-03-05',
  tooLarge: '提交的内容太长了，请删减后再提交。',
  malformed: '提交的表单格式不对，请刷新页面后再试。',
  stale: '已被他人修改，请刷新',
  alreadyDecided: '这条留言已经由他人处理过了，请刷新。',
  storage: '系统暂时出错，没有保存。请稍后再试。',
  refused: '没有保存',
  nav: '留言台导航',
  navMessages: '留言',
  navSuggestions: '建议',
  navAudit: '操作记录',
  signedInAs: '当前账号：{user}（{role}）',
  roleClerk: '人大办，全镇',
  roleStation: '联络站：{station}',
  roleDeputy: '代表：{deputy}',
  largeText: '大字',
  normalText: '标准字号',
  otherLanguage: 'English',
  inboxTitle: '收到的留言',
  filters: '筛选',
  filterDeputy: '代表',
  filterStation: '联络站',
  filterStatus: '状态',
  filterFrom: '从（日期）',
  filterTo: '到（日期）',
  search: '搜索（编号、姓名、内容）',
  all: '全部',
  apply: '筛选',
  clear: '清除筛选',
  count: '共{count}条',
  none: '没有符合条件的留言。',
  statusNew: '新',
  statusRead: '已读',
  statusAccepted: '已受理',
  statusMerged: '已合并',
  statusDeclined: '不予受理',
  colReference: '编号',
  colReceived: '收到时间',
  colDeputy: '代表',
  colStation: '联络站',
  colName: '姓名',
  colPhone: '电话',
  colBody: '内容',
  colStatus: '状态',
  export: '导出（按当前筛选）',
  exportNotice: '导出的文件含姓名和电话，仅供内部办理，不得公开。',
  messageTitle: '留言 {reference}',
  contactNotice: '姓名和电话只供工作人员联系留言人，不会公开。',
  accept: '受理',
  acceptHelp: '受理后生成一条建议，进入办理闭环；勾选公开的，在公开平台显示（隐去姓名和电话）。',
  fieldTitle: '标题',
  fieldCategory: '类别',
  fieldPublic: '在公开平台公布（隐去姓名和电话）',
  merge: '合并',
  mergeHelp: '与已有建议是同一件事：并入该建议一起办理。',
  fieldSuggestion: '并入的建议',
  noSuggestions: '还没有可并入的建议。',
  decline: '不予受理',
  fieldReason: '理由（留言人查询进度时能看到）',
  decided: '这条留言已处理：{status}。',
  linkedSuggestion: '对应的建议：{id}',
  suggestionsTitle: '建议（留言台受理的）',
  noDeskSuggestions: '还没有受理的建议。',
  colId: '建议编号',
  colTitle: '标题',
  colStage: '当前阶段',
  colDue: '答复期限',
  suggestionTitle: '建议 {id}',
  fromMessages: '来自留言：{references}',
  historyTitle: '办理经过',
  nextStepsTitle: '下一步',
  noNextSteps: '这条建议已办结，没有下一步。',
  fieldDate: '日期',
  fieldActor: '经办（代表或联络站）',
  fieldNote: '备注',
  fieldDepartment: '主办部门',
  fieldCoDepartments: '协办部门（多个用逗号分隔）',
  fieldDeadline: '答复期限（不填按法定期限：3个月，复杂事项6个月）',
  fieldComplex: '涉及面广、处理难度大（6个月内答复）',
  fieldReply: '答复内容',
  fieldOutcome: '办理结果',
  fieldSatisfaction: '评议结果',
  reopenNote: '选“不满意”将重新办理，1个月内再次答复。',
  recordStep: '记录“{stage}”',
  due: '答复期限：{due}',
  stepRefused: '不能记录这一步：{rule}',
  auditTitle: '操作记录',
  colAt: '时间',
  colUser: '账号',
  colAction: '操作',
  colTarget: '对象',
  colAddress: '来源地址',
  colDetail: '详情',
  noAudit: '还没有操作记录。',
  noContent: '这个服务器没有内容目录（--content），不能受理或办理建议。',
  erased: '（已按期删除）',
  handWritten: '这条建议由网站管理员在 suggestions.json 中维护，办理步骤请在那里记录；可以把留言并入它。',
};

/** Used by server/desk/: why a loop step was refused, by rule (domain/suggestions/steps.ts). */
export const deskRules = {
  finished: '这条建议已办结（已销号或现场解决），不能再有下一步',
  'not-accepted': '建议须先受理',
  'review-after-assignment': '审核须在转办之前',
  'already-reviewed': '本轮已审核过',
  'reply-needs-assignment': '答复之前须先转办给承办部门',
  'already-replied': '本轮已答复过',
  'needs-reply': '须先有本轮的答复',
  'already-fed-back': '本轮已反馈过',
  'already-rated': '本轮已评议过',
  'on-site-after-assignment': '已转办的建议不能再记为现场解决',
  'date-before-previous': '日期不能早于上一步',
  'date-in-future': '日期不能晚于今天',
  'deadline-before-step': '答复期限不能早于转办日期',
  'bad-date': '日期格式不对',
};

/** Used by server/desk/: the audit trail's actions. */
export const deskActions = {
  'sign-in': '登录',
  'sign-in-failed': '登录失败',
  'sign-out': '退出登录',
  view: '查看留言',
  accept: '受理',
  merge: '合并',
  decline: '不予受理',
  step: '记录办理步骤',
  export: '导出留言',
  'staff-add': '添加账号',
  'staff-remove': '删除账号',
  'staff-reset': '重设密码',
  purge: '按期删除个人信息',
  'webhook-add': '添加群机器人',
  'webhook-remove': '删除群机器人',
};

/** Used by server/desk/status.ts: the resident's own lookup. */
export const statusPage = {
  title: '查询办理进度',
  intro: '请输入提交意见建议时得到的编号（例如 Q9WJ-CB2T）。这里只显示办理阶段和日期，不显示内容和个人信息。',
  fieldReference: '编号',
  submit: '查询',
  notFound: '没有查到这个编号。请核对后再试。',
  received: '{date} 已收到，等待受理。',
  declined: '{date} 不予受理。',
  reason: '理由：{reason}',
  current: '当前阶段：{stage}',
  stepsTitle: '办理经过',
  due: '答复期限：{due}',
  publicLink: '查看公开的建议页面',
  rateLimited: '查询太频繁了，请过几分钟再试。',
  checkStatus: '查询办理进度',
};

/** Used by server/desk/notices.ts: what group robots (WeCom, DingTalk) are sent. Never personal data. */
export const deskNotices = {
  newMessage: '【{town}】收到新留言，编号 {reference}{to}。请登录留言台查看办理。',
  toDeputy: '（给代表{name}）',
  toStation: '（给{name}）',
  digestTitle: '【{town}】留言台每日提要（{date}）',
  digestNew: '未处理的留言：{count} 条',
  digestOverdue: '答复已逾期的建议：{count} 件',
  digestOverdueItem: '· {id}：{department}，期限 {due}，已逾期 {days} 天',
  overdue: '【{town}】建议 {id} 答复已逾期：{department}，期限 {due}。请督办。',
};
