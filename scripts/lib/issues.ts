/**
 * What residents and deputies actually raise, as templates: the categories and matters that
 * recur in the source articles and town reports. Each template carries what a department would
 * answer for every outcome class, so replies read as answers to the question asked.
 */
import type { TownKind } from '../../domain/model.js';
import type { Rng } from './random.js';

export type DeptKey =
  | 'build' | 'agri' | 'social' | 'enforce' | 'safety' | 'econ' | 'office' | 'land'
  | 'transport' | 'housing' | 'health' | 'edu' | 'civil' | 'eco' | 'water' | 'traffic' | 'power'
  | 'watersupply' | 'hr' | 'market' | 'natres' | 'agribureau' | 'culture' | 'urban' | 'bus' | 'medins';

/** Where a matter can come from: villages, urban communities, or both. */
export type Where = 'village' | 'community' | 'any';

export interface IssueTemplate {
  category: string;
  where: Where;
  /** Station themes where this matter is typical (project, shop, enterprise, building, …). */
  themes?: string[];
  /** For the formal title “关于{subject}的建议”. */
  subject: string;
  /** Titles as a resident would type them after scanning a code. */
  casual: string[];
  problem: string[];
  ask: string[];
  dept: DeptKey;
  co?: DeptKey[];
  /** Wide or hard matters get six months instead of three. */
  hard?: boolean;
  /** What a deputy did on the spot, when the matter is small enough. */
  onSite?: string[];
  fix: string;
  progress: string;
  plan: string;
  why: string;
  weight?: number;
}

const TOWN_OFFICES: Record<'build' | 'agri' | 'social' | 'enforce' | 'safety' | 'econ' | 'office' | 'land', [string, string]> = {
  build: ['建设办', '城市管理办'],
  agri: ['农业农村办', '经济服务办'],
  social: ['社会事务办', '社会事务办'],
  enforce: ['综合行政执法队', '综合行政执法队'],
  safety: ['平安办', '平安办'],
  econ: ['经济发展办', '经济服务办'],
  office: ['党政办', '党政办'],
  land: ['征迁办', '征迁办'],
};

const COUNTY_BUREAUS: Record<Exclude<DeptKey, keyof typeof TOWN_OFFICES>, string> = {
  transport: '交通运输局',
  housing: '住建局',
  health: '卫生健康局',
  edu: '教育局',
  civil: '民政局',
  eco: '生态环境分局',
  water: '水利局',
  traffic: '公安分局交警大队',
  power: '供电公司',
  watersupply: '水务集团',
  hr: '人力社保局',
  market: '市场监管局',
  natres: '自然资源和规划分局',
  agribureau: '农业农村局',
  culture: '文广旅体局',
  urban: '综合行政执法局',
  bus: '公交公司',
  medins: '医疗保障分局',
};

/** “区”, “县”, “市” or “旗”: how the county's bodies are prefixed (区交通运输局, 县教育局). */
export function countyPrefix(countyName: string): string {
  const last = countyName.slice(-1);
  return ['区', '县', '市', '旗'].includes(last) ? last : '区';
}

export function departmentName(key: DeptKey, kind: TownKind, countyName: string): string {
  if (key in TOWN_OFFICES) {
    const [rural, urban] = TOWN_OFFICES[key as keyof typeof TOWN_OFFICES];
    if (kind === 'subdistrict') return `街道${urban}`;
    return `${kind === 'township' ? '乡' : '镇'}${rural}`;
  }
  const bureau = COUNTY_BUREAUS[key as keyof typeof COUNTY_BUREAUS];
  const prefix = countyPrefix(countyName);
  // A county has a 公安局, not a 公安分局; a district's police are a branch of the city's.
  if (key === 'traffic' && prefix !== '区') return `${prefix}公安局交警大队`;
  return `${prefix}${bureau}`;
}

export const ISSUES: IssueTemplate[] = [
  // 道路交通
  {
    category: '道路交通', where: 'village', subject: '修复{place}通村道路破损路面',
    casual: ['{place}通村公路坑洼多，雨天积水', '{place}村道路面破损，骑车很危险', '{place}{unit}门口的路烂了好久了'],
    problem: ['{place}通往集镇的村道使用已超过十年，路面开裂、坑槽多，雨天积水严重。', '{place}{unit}附近的水泥路被重车压坏，坑洼连片，老人骑三轮车摔过好几次。'],
    ask: ['希望尽快安排修补，恢复路面平整。', '建议纳入农村公路养护计划，整段翻修。'],
    dept: 'transport', co: ['build'], onSite: ['代表联系镇建设办现场查看，当天安排养护队对坑槽进行了临时填补。'],
    fix: '对该路段破损路面进行了修补，共修复坑槽{n:12-40}处、面积约{n:120-480}平方米', progress: '已完成路面检测和修补方案，养护施工队已进场',
    plan: '该路段已列入{year}年农村公路养护大中修计划', why: '该路段已列入铁路和高速沿线整体改造范围，近期将随项目统一重建，暂不单独翻修',
    weight: 3,
  },
  {
    category: '道路交通', where: 'any', subject: '优化{short}至城区公交线路和班次',
    casual: ['公交车班次太少，等车要一个小时', '希望{place}增设公交站点', '末班公交太早，下班赶不上'],
    problem: ['目前{place}到城区只有一条公交线路，高峰期间隔近一小时，末班车下午五点半就发车，上下班群众和学生出行很不方便。', '{place}离最近的公交站有一公里多，老人去卫生院看病要走很远。'],
    ask: ['建议增加早晚高峰班次、延后末班车时间。', '建议在{place}路口增设一个停靠站。'],
    dept: 'transport', co: ['bus'],
    fix: '调整了相关公交线路，早晚高峰各增加班次{n:2-4}班，末班车延后至19:00，并在{place}增设停靠站', progress: '已会同公交公司开展客流调查，线路调整方案正在征求意见',
    plan: '该线路优化已列入{year}年城乡公交一体化提升计划', why: '经客流调查，该线路平峰时段满载率较低，增开班次暂不具备条件，已推出电话预约响应公交作为补充',
    weight: 2,
  },
  {
    category: '道路交通', where: 'any', subject: '在{school}门口增设交通安全设施',
    casual: ['{school}门口上下学太堵太危险', '学校门口没有红绿灯，孩子过马路害怕', '建议学校门口加装减速带'],
    problem: ['{school}门口紧邻{road}，上下学时段接送车辆乱停，学生横穿马路，存在较大安全隐患。', '{road}经过{school}的路段没有信号灯和减速设施，车速很快。'],
    ask: ['建议增设人行横道信号灯、减速带和护栏，高峰时段安排交警或志愿者值守。', '希望划设临时接送车位，规范停车。'],
    dept: 'traffic', co: ['edu', 'transport'],
    fix: '在{school}门口增设了人行横道信号灯和减速带各一处，施划临时接送车位{n:10-30}个，上下学高峰安排警力值守', progress: '信号灯设备已采购，正在进行管线施工',
    plan: '{school}周边交通组织优化已列入{year}年“平安校园”建设项目', why: '该路段为省道，增设信号灯需经上级交通部门审批，目前已采取高峰时段警力值守和增设警示标志等措施',
    weight: 2,
  },
  {
    category: '道路交通', where: 'village', subject: '拓宽{place}至{short}集镇道路', hard: true,
    casual: ['{place}到集镇的路太窄，两辆车会不了车', '建议拓宽{place}出村道路'],
    problem: ['{place}到集镇的道路宽度只有4.5米左右，大货车和校车会车困难，近年来发生过多起剐蹭事故。', '随着{place}民宿和农家乐发展，节假日进出车辆明显增多，现有道路经常堵车。'],
    ask: ['建议将道路拓宽至双车道，并增设错车道和会车港湾。', '建议结合美丽乡村建设统筹实施道路拓宽。'],
    dept: 'transport', co: ['natres', 'build'],
    fix: '完成了{place}至集镇道路拓宽工程，路面由4.5米拓宽至7米，新增错车道{n:3-8}处', progress: '道路拓宽工程已完成立项和初步设计，政策处理正在推进',
    plan: '该道路拓宽工程已列入{year}年交通建设项目库，计划分两期实施', why: '拓宽涉及基本农田和山体，用地指标暂无法落实，近期将先行增设会车港湾{n:3-6}处',
  },
  {
    category: '道路交通', where: 'village', subject: '维修加固{place}{river}上的老桥', hard: true,
    casual: ['{place}{river}上的老桥有裂缝，担心安全', '{river}老桥栏杆松了'],
    problem: ['{place}{river}上的石拱桥建于上世纪七十年代，桥面出现裂缝，栏杆松动，每天有不少学生和农用车通过。'],
    ask: ['建议尽快组织安全检测，必要时限载通行并加固改造。'],
    dept: 'transport', co: ['water', 'build'],
    fix: '完成了该桥的安全检测和加固改造，更换了栏杆，增设限载标志', progress: '桥梁安全检测已完成，加固设计方案正在审查',
    plan: '该桥已列入{year}年农村危桥改造计划', why: '经专业机构检测，该桥技术状况为二类，结构安全，已更换松动栏杆并纳入定期巡查',
  },
  {
    category: '道路交通', where: 'any', subject: '在{road}与{place}路口设置减速和警示设施',
    casual: ['{road}路口车速太快，建议装减速带', '{place}路口经常出事故'],
    problem: ['{road}与{place}进出道路交叉口视线不好，主路车速快，今年已经发生了两起事故。'],
    ask: ['建议增设减速带、凸面镜和警示标志。'],
    dept: 'traffic', co: ['transport'], onSite: ['代表现场察看后联系交警中队，当周在路口增设了凸面镜和警示标志。'],
    fix: '在路口增设了减速带{n:2-4}道、凸面镜{n:1-2}面和警示标志', progress: '路口渠化方案已报批，警示标志已先行设置',
    plan: '该路口改造已列入{year}年道路交通安全隐患治理计划', why: '该路段为国道，设置减速带会影响干线通行，已增设警示标志和测速设备',
  },
  // 基础设施
  {
    category: '基础设施', where: 'any', subject: '完善{place}路灯照明设施',
    casual: ['{place}路灯坏了好几盏，晚上一片黑', '{place}{unit}附近没有路灯', '晚上散步太黑了，希望装路灯'],
    problem: ['{place}{unit}附近的路灯已经坏了{n:3-8}盏，晚上出门一片漆黑，老人和孩子走路很不安全。', '{place}新修的道路一直没有安装路灯，夜间出行不便。'],
    ask: ['希望尽快维修更换。', '建议补装太阳能路灯。'],
    dept: 'build', co: ['power'], onSite: ['代表当场联系路灯维护单位，三天内更换了损坏的灯具。', '代表协调村委会，当周完成损坏路灯的维修。'],
    fix: '维修更换损坏路灯{n:4-12}盏，新增太阳能路灯{n:10-36}盏', progress: '已完成现场勘察，新增路灯正在采购安装',
    plan: '{place}路灯补装已列入{year}年“亮灯工程”计划', why: '该区域将随道路改造统一安装照明设施，已先行安装临时照明',
    weight: 3,
  },
  {
    category: '基础设施', where: 'any', subject: '解决{place}自来水水压不足问题',
    casual: ['{place}自来水水压太小，楼上没水', '夏天用水高峰没水用', '{place}自来水经常停水'],
    problem: ['每到夏季用水高峰，{place}地势较高的住户家中自来水水压明显不足，三楼以上经常没水。', '{place}的供水管道老化，最近一个月停水三次。'],
    ask: ['建议增设加压泵站或更换老化管网。'],
    dept: 'watersupply', co: ['build'],
    fix: '为{place}新增加压设备一套，更换老化供水管道约{n:300-1500}米，水压恢复正常', progress: '管网改造方案已确定，正在分段施工',
    plan: '{place}供水管网改造已列入{year}年城乡供水一体化工程', why: '经检测，主管网水压符合标准，问题出在住户自建管道，已上门指导改造',
    weight: 2,
  },
  {
    category: '基础设施', where: 'village', subject: '改善{place}移动网络信号覆盖',
    casual: ['{place}手机信号差，打电话断线', '村里山坳没有信号'],
    problem: ['{place}{unit}地处山坳，手机信号时有时无，老人子女打电话经常接不通，遇到急事很着急。'],
    ask: ['建议协调通信运营商增设基站。'],
    dept: 'econ',
    fix: '协调通信运营商在{place}新建基站一座，信号覆盖问题已解决', progress: '已协调运营商完成选址，基站正在建设',
    plan: '{place}基站建设已纳入运营商{year}年网络建设计划', why: '运营商测算该区域用户较少，建站选址多次受阻，已先行安装信号放大设备',
  },
  {
    category: '基础设施', where: 'any', subject: '改造提升{place}公共厕所',
    casual: ['{place}公厕太脏太旧', '集镇上没有公共厕所'],
    problem: ['{place}的公共厕所建成多年，设施老旧，没有无障碍设施，卫生状况较差。', '集镇{road}一带人流量大，附近没有公共厕所，赶集群众很不方便。'],
    ask: ['建议改造提升并落实日常保洁。'],
    dept: 'build', co: ['enforce'], onSite: ['代表联系保洁公司，当天对公厕进行了清洗消毒并落实每日保洁。'],
    fix: '完成了公厕改造提升，增设无障碍厕位和第三卫生间，落实专人保洁', progress: '公厕改造设计已完成，即将开工',
    plan: '该公厕已列入{year}年公厕提升改造计划', why: '附近{n:200-500}米内已有公厕两座，已增设指示牌引导',
  },
  // 老旧小区改造
  {
    category: '老旧小区改造', where: 'community', subject: '推进{place}老旧住宅加装电梯', hard: true,
    casual: ['我们楼想加装电梯，不知道怎么办', '{place}{unit}老人上下楼太难，希望加装电梯'],
    problem: ['{place}{unit}是上世纪九十年代建的六层住宅，住着不少七八十岁的老人，上下楼非常困难。楼里大部分住户同意加装电梯，但不清楚审批流程和补助政策。'],
    ask: ['建议街道和社区牵头，帮助协调低层住户意见，简化审批流程。'],
    dept: 'housing', co: ['build', 'natres'],
    fix: '{place}{unit}加装电梯已竣工投用，并享受了加装电梯财政补助', progress: '已完成意见征询和方案设计，正在办理审批手续',
    plan: '{place}已列入{year}年加装电梯整体推进小区名单', why: '该楼栋部分低层住户明确反对，暂未达到法定同意比例，社区将继续做好协调工作',
    weight: 2,
  },
  {
    category: '老旧小区改造', where: 'community', subject: '实施{place}雨污分流和管网改造', hard: true,
    casual: ['{place}一下雨就积水', '小区下水道经常堵，污水冒出来'],
    problem: ['{place}{unit}一带地下管网老化，雨污混流，一到雨天就积水，污水倒灌进一楼住户家中。'],
    ask: ['建议将小区纳入老旧小区改造，实施雨污分流。'],
    dept: 'housing', co: ['build', 'watersupply'],
    fix: '完成了{place}雨污分流改造，新铺设管网约{n:800-2400}米，积水问题已解决', progress: '改造工程已开工，目前完成约{n:30-70}%',
    plan: '{place}已列入{year}年老旧小区综合改造计划', why: '该小区已纳入片区城市更新范围，将整体改造，近期先行疏通管道并增设排水泵',
  },
  {
    category: '老旧小区改造', where: 'community', subject: '整治{place}外墙脱落安全隐患',
    casual: ['{place}{unit}外墙砖掉下来了，很危险', '楼道墙皮脱落'],
    problem: ['{place}{unit}外墙瓷砖多处空鼓，前几天有瓷砖掉落，差点砸到路过的居民。'],
    ask: ['建议尽快排查整治，先行设置警戒区域。'],
    dept: 'housing', co: ['build'], onSite: ['代表当场联系社区设置警戒线，次日物业清除了松动瓷砖。'],
    fix: '对{place}外墙空鼓脱落部位进行了排查整治，共清除、修复{n:60-300}平方米', progress: '已设置警戒区域，外墙整治施工单位正在进场',
    plan: '{place}外立面整治已列入{year}年老旧小区改造计划', why: '该楼属于商品房，外墙维修应由业主共同承担，已指导业委会申请使用维修资金',
  },
  {
    category: '老旧小区改造', where: 'community', subject: '打通{place}消防通道',
    casual: ['小区消防通道被车堵死了', '{place}楼道堆满杂物'],
    problem: ['{place}消防通道长期被私家车占用，楼道里堆满杂物和电动车，一旦发生火灾后果不堪设想。'],
    ask: ['建议划线管理，清理楼道杂物。'],
    dept: 'enforce', co: ['safety'], onSite: ['代表组织社区、物业和网格员现场清理了楼道杂物，并施划消防通道标线。'],
    fix: '清理楼道杂物{n:20-60}处，施划消防通道标线并安装警示桩', progress: '已开展集中清理，智能监控正在安装',
    plan: '{place}消防设施改造已列入{year}年老旧小区改造内容', why: '该区域已按规定设置消防通道，占道问题已纳入日常巡查',
  },
  // 停车与充电
  {
    category: '停车与充电', where: 'any', subject: '在{place}增设新能源汽车充电桩',
    casual: ['{place}没有充电桩，电动汽车充电难', '希望小区装公共充电桩'],
    problem: ['{place}新能源汽车越来越多，但附近没有公共充电桩，居民只能去几公里外充电。'],
    ask: ['建议在公共停车场增设充电桩。'],
    dept: 'power', co: ['build'],
    fix: '在{place}公共停车场建成充电桩{n:6-20}个，已投入使用', progress: '充电桩选址已确定，正在办理电力增容',
    plan: '{place}充电设施已列入{year}年充电基础设施建设计划', why: '该区域电力容量暂不满足快充需求，已协调运营商先行建设慢充桩',
    weight: 2,
  },
  {
    category: '停车与充电', where: 'any', subject: '建设{place}电动自行车集中充电棚',
    casual: ['电动车在楼道充电太危险了', '{place}需要电瓶车充电棚'],
    problem: ['{place}很多居民把电动自行车推进楼道、拉飞线充电，存在很大的火灾隐患。'],
    ask: ['建议建设集中停放充电棚，配备智能充电设施和灭火器材。'],
    dept: 'safety', co: ['enforce', 'build'],
    fix: '在{place}建成电动自行车集中充电棚{n:2-5}处，新增充电端口{n:60-200}个', progress: '充电棚已完成选址，正在施工建设',
    plan: '{place}集中充电设施已列入{year}年民生实事项目', why: '小区内空间有限，已利用周边公共空间设置充电点并加强楼道巡查',
    weight: 2,
  },
  {
    category: '停车与充电', where: 'any', subject: '缓解{place}周边停车难',
    casual: ['{place}停车太难了', '{road}两边乱停车，堵得走不动'],
    problem: ['{place}周边停车位严重不足，车辆只能停在{road}两侧，早晚经常堵车。', '集镇{road}一带逢集日乱停乱放，救护车都进不来。'],
    ask: ['建议利用闲置地块建设公共停车场，规范路边停车。'],
    dept: 'enforce', co: ['build', 'traffic'], hard: true,
    fix: '利用闲置地块建成公共停车场一处，新增泊位{n:60-180}个，并施划路边停车位', progress: '停车场建设方案已确定，正在进行场地平整',
    plan: '{place}停车场建设已列入{year}年城镇有机更新项目', why: '周边暂无可用土地，已通过错时共享方式开放机关单位停车位{n:40-120}个',
  },
  // 物业管理
  {
    category: '物业管理', where: 'community', subject: '督促{place}物业提升服务质量',
    casual: ['{place}物业不管事', '物业费交了，卫生没人搞'],
    problem: ['{place}物业公司服务质量下降，公共区域卫生没人打扫，门禁坏了几个月都不修，居民意见很大。'],
    ask: ['建议街道督促物业整改，必要时指导业委会依法重新选聘。'],
    dept: 'housing', co: ['build'],
    fix: '约谈物业公司并督促完成门禁维修、保洁人员补充等整改事项{n:6-15}项', progress: '已约谈物业公司，整改工作正在推进',
    plan: '{place}物业服务考评已列入{year}年物业管理提升行动', why: '物业服务合同纠纷属于民事关系，已指导业委会依法协商并提供法律咨询',
  },
  {
    category: '物业管理', where: 'community', subject: '规范{place}专项维修资金使用',
    casual: ['维修资金怎么申请，楼顶漏水', '{place}{unit}屋顶漏水没人修'],
    problem: ['{place}{unit}屋顶漏水，顶楼住户家里墙面发霉，但申请使用维修资金的程序复杂，一直没修。'],
    ask: ['建议简化维修资金应急使用程序，先行修补。'],
    dept: 'housing', co: ['build'],
    fix: '启动维修资金应急使用程序，完成{unit}屋面防水维修', progress: '已完成应急使用审批，防水施工正在进行',
    plan: '{place}屋面整体维修已列入{year}年小区维修计划', why: '该楼维修资金余额不足，已协调业主续筹，先行进行局部修补',
  },
  {
    category: '物业管理', where: 'community', subject: '解决{place}垃圾清运不及时问题',
    casual: ['{place}垃圾桶满了没人运', '小区垃圾堆放点很臭'],
    problem: ['{place}{unit}旁的垃圾收集点清运不及时，夏天气味很大，还招蚊蝇。'],
    ask: ['建议增加清运频次并定期消杀。'],
    dept: 'enforce', co: ['build'], onSite: ['代表联系环卫所，当天完成清运并将清运频次调整为每日两次。'],
    fix: '将清运频次调整为每日两次，更换密闭式垃圾桶并定期消杀', progress: '已调整清运班次，垃圾收集点改造正在施工',
    plan: '{place}垃圾收集点改造已列入{year}年环境整治计划', why: '该收集点已按标准每日清运，异味系个别居民乱倒厨余所致，已加强宣传和督导',
  },
  // 医疗卫生
  {
    category: '医疗卫生', where: 'any', subject: '增加{clinic}专家坐诊和夜间门诊',
    casual: ['{clinic}看专家太难', '晚上孩子发烧没地方看病'],
    problem: ['{clinic}专科医生少，看专家要去城里，晚上孩子发烧只能跑二十多公里去区医院。'],
    ask: ['建议通过医共体安排城区专家定期坐诊，开设夜间门诊。'],
    dept: 'health',
    fix: '通过医共体安排城区医院专家每周{n:2-4}个半天到{clinic}坐诊，并开设夜间门诊至21:00', progress: '专家下沉排班已确定，夜间门诊正在配备人员',
    plan: '{clinic}夜间门诊已列入{year}年基层医疗服务能力提升计划', why: '目前夜间门诊医护人员不足，已开通城区医院线上问诊和转诊绿色通道',
    weight: 2,
  },
  {
    category: '医疗卫生', where: 'village', subject: '改善{place}村卫生室条件',
    casual: ['{place}卫生室太小，药也不全', '村里卫生室医生退休了没人接'],
    problem: ['{place}卫生室面积小、设备少，常用慢性病药品经常缺货，村医年纪大了即将退休。'],
    ask: ['建议规范化改造卫生室，落实驻村医生。'],
    dept: 'health', co: ['social'],
    fix: '完成{place}卫生室规范化改造，增配常用药品{n:40-90}种，由{clinic}派驻医生轮值', progress: '卫生室改造已开工，轮值医生已落实',
    plan: '{place}卫生室已列入{year}年村级医疗机构规范化建设计划', why: '{place}距{clinic}仅约{n:1-3}公里，已开通巡回医疗和送药上门服务',
  },
  {
    category: '医疗卫生', where: 'any', subject: '做实{place}家庭医生签约服务',
    casual: ['签了家庭医生，一年也没见过', '老人慢病配药不方便'],
    problem: ['{place}不少老人签约了家庭医生，但很少上门随访，慢性病配药还要每月跑一趟医院。'],
    ask: ['建议落实定期随访和长处方、送药上门服务。'],
    dept: 'health', onSite: ['代表联系{clinic}，当场为反映人预约了家庭医生上门随访。'],
    fix: '为{place}签约老人落实每季度上门随访，开通慢病长处方和送药上门服务', progress: '已对签约居民开展摸排，随访计划正在落实',
    plan: '家庭医生服务提质已列入{year}年卫生健康工作要点', why: '长处方需符合病情稳定等条件，已向反映人作了说明并安排医生上门评估',
  },
  {
    category: '医疗卫生', where: 'any', subject: '提高城乡居民医保报销便利度',
    casual: ['异地就医报销太麻烦', '医保报销要跑好几趟'],
    problem: ['{place}不少在外务工人员和随迁老人异地就医后报销手续繁琐，需要来回跑好几次。'],
    ask: ['建议推行线上备案、直接结算，在{short}便民服务中心设立代办窗口。'],
    dept: 'medins',
    fix: '在{short}便民服务中心开设医保代办窗口，推广异地就医线上备案和直接结算', progress: '代办窗口已设立，线上备案正在推广',
    plan: '医保经办服务下沉已列入{year}年医保便民服务计划', why: '部分药品和项目不在报销目录内，已向反映人作了政策解释',
  },
  // 教育
  {
    category: '教育', where: 'any', subject: '开展{school}课后托管服务',
    casual: ['孩子放学太早没人接', '希望学校开展课后托管'],
    problem: ['{school}下午三点半放学，双职工家庭接孩子很困难，不少孩子放学后在街上游荡。'],
    ask: ['建议学校开展课后托管，暑期开设公益托管班。'],
    dept: 'edu', co: ['social'],
    fix: '{school}已开设课后托管服务，每周五天至17:30，并开办暑期公益托管班', progress: '托管方案已制定，师资正在落实',
    plan: '课后托管扩面已列入{year}年教育民生项目', why: '学校已开展课后服务，家长反映的时段问题已协调延长服务时间',
    weight: 2,
  },
  {
    category: '教育', where: 'village', subject: '解决{place}学生上学交通问题',
    casual: ['{place}孩子上学太远，没有校车', '学生坐公交太挤'],
    problem: ['{place}离{school}有七八公里，没有校车，家长每天接送很辛苦，有的孩子坐拥挤的公交车。'],
    ask: ['建议开通定制校车或学生专线公交。'],
    dept: 'edu', co: ['transport', 'bus'],
    fix: '开通了{place}至{school}学生定制公交专线，上下学各一班', progress: '学生专线线路已确定，车辆正在调配',
    plan: '学生专线已列入{year}年城乡公交优化计划', why: '按规定校车需满足安全和线路条件，{place}道路暂不满足，已调整公交班次与上下学时间衔接',
  },
  {
    category: '教育', where: 'any', subject: '改善{school}食堂和运动场地条件',
    casual: ['学校操场太破了', '学校食堂太挤'],
    problem: ['{school}塑胶跑道老化开裂，食堂座位不足，学生只能分批吃饭。'],
    ask: ['建议更新跑道，扩建食堂。'],
    dept: 'edu',
    fix: '完成{school}塑胶跑道翻新和食堂扩建，新增就餐座位{n:120-300}个', progress: '跑道翻新已完成，食堂扩建正在施工',
    plan: '{school}改扩建已列入{year}年教育基建计划', why: '{school}将整体迁建，已安排对跑道进行安全修补',
  },
  // 养老服务
  {
    category: '养老服务', where: 'any', subject: '在{place}开设老年食堂（助餐点）',
    casual: ['{place}老人吃饭不方便', '希望村里办个老年食堂'],
    problem: ['{place}独居和高龄老人多，子女在外打工，老人做饭困难，经常一顿饭吃两天。'],
    ask: ['建议依托居家养老服务中心开设老年食堂，提供助餐和送餐服务。'],
    dept: 'civil', co: ['social'],
    fix: '在{place}开设老年助餐点，每天供应午餐，高龄和独居老人享受送餐上门', progress: '助餐点场地已落实，厨房正在改造',
    plan: '{place}助餐点已列入{year}年“幸福食堂”建设计划', why: '{place}老年人口较少，已纳入邻近助餐点的送餐服务范围',
    weight: 3,
  },
  {
    category: '养老服务', where: 'any', subject: '提升{place}居家养老服务照料中心',
    casual: ['{place}养老服务中心经常关门', '居家养老中心没什么活动'],
    problem: ['{place}居家养老服务照料中心场地小，只在上午开放，活动单一，老人去得少。'],
    ask: ['建议引入专业社会组织运营，增加日间照料和康复服务。'],
    dept: 'civil', co: ['social'],
    fix: '{place}照料中心已引入专业机构运营，开放时间延长至全天，新增康复理疗服务', progress: '运营机构已确定，场地提升正在进行',
    plan: '{place}照料中心提升已列入{year}年养老服务设施建设计划', why: '{place}照料中心已按标准运营，已增加文体活动频次并加强宣传',
  },
  {
    category: '养老服务', where: 'any', subject: '为{place}困难老人实施居家适老化改造',
    casual: ['家里老人卫生间摔倒了，想装扶手', '适老化改造怎么申请'],
    problem: ['{place}有不少高龄、失能老人家里没有扶手、防滑设施，卫生间和楼梯容易摔倒。'],
    ask: ['建议为困难老人家庭免费实施适老化改造。'],
    dept: 'civil', onSite: ['代表当场帮反映人填写申请表，社区当周上门评估。'],
    fix: '为{place}{n:12-40}户困难老人家庭完成了适老化改造', progress: '已完成入户评估，改造施工正在分批推进',
    plan: '{place}适老化改造已列入{year}年民政民生项目', why: '反映人家庭不符合困难老人改造补助条件，已告知自主改造的补贴渠道',
  },
  {
    category: '养老服务', where: 'any', subject: '简化高龄津贴和养老服务补贴申领',
    casual: ['高龄补贴要本人去办吗', '老人卧床办补贴不方便'],
    problem: ['{place}一位{n:85-96}岁老人长期卧床，申领高龄津贴要求本人到场，家属跑了几趟都没办成。'],
    ask: ['建议推行上门办、代办和“免申即享”。'],
    dept: 'civil', onSite: ['代表联系便民服务中心工作人员上门为老人办理了申领手续。'],
    fix: '高龄津贴已实现“免申即享”，卧床老人由工作人员上门核验', progress: '“免申即享”系统对接正在测试',
    plan: '养老补贴“免申即享”已列入{year}年数字化改革事项', why: '按规定首次申领需本人确认，已安排上门视频核验',
  },
  // 生态环境
  {
    category: '生态环境', where: 'any', subject: '治理{river}（{place}段）水体污染',
    casual: ['{river}水发臭了', '{place}河道里垃圾很多'],
    problem: ['{river}流经{place}的一段水面漂浮垃圾多，夏天水体发黑发臭，怀疑有生活污水直排。'],
    ask: ['建议排查排污口，开展清淤和生态治理，落实河长巡河。'],
    dept: 'eco', co: ['water', 'build'],
    fix: '排查并封堵{river}沿线直排口{n:2-8}个，完成清淤约{n:800-3000}立方米，水质明显改善', progress: '排污口排查已完成，清淤工程正在施工',
    plan: '{river}综合治理已列入{year}年美丽河湖建设项目', why: '经监测，{river}该断面水质达到功能区标准，异味系季节性藻类所致，已加强保洁',
    weight: 2,
  },
  {
    category: '生态环境', where: 'any', themes: ['enterprise', 'park'], subject: '整治{place}周边企业异味和噪声扰民',
    casual: ['工厂晚上噪音太大睡不着', '{place}附近厂子有异味'],
    problem: ['{place}附近一家工厂夜间生产噪音大，还有刺鼻气味，周边居民晚上睡不好觉。'],
    ask: ['建议环保部门开展监测和执法，督促企业整改。'],
    dept: 'eco', co: ['econ'],
    fix: '督促企业加装废气处理设施和隔音屏障，夜间停止高噪声工序，经监测已达标', progress: '已立案调查，企业整改方案已提交',
    plan: '该企业已列入{year}年工业企业废气治理计划', why: '经监测，该企业排放符合标准，已督促企业优化生产时间并与居民沟通',
  },
  {
    category: '生态环境', where: 'any', subject: '优化{place}垃圾分类投放点设置',
    casual: ['垃圾分类点离家太远', '{place}垃圾分类亭太脏'],
    problem: ['{place}撤桶并点后投放点距离部分住户较远，老人投放不方便，投放点周边卫生差。'],
    ask: ['建议增设投放点，安排督导员定时值守。'],
    dept: 'enforce', co: ['build'], onSite: ['代表协调村（社区）现场调整了投放点位置，并安排督导员值守。'],
    fix: '在{place}增设分类投放点{n:2-5}个，落实定时督导和每日清洗', progress: '新投放点正在建设',
    plan: '{place}分类设施提升已列入{year}年垃圾分类工作计划', why: '投放点设置已达到服务半径标准，已为行动不便老人提供上门收集服务',
  },
  {
    category: '生态环境', where: 'village', subject: '加强{place}秸秆和垃圾露天焚烧管控',
    casual: ['有人在田里烧垃圾，烟很大'],
    problem: ['{place}{unit}附近经常有人在田边露天焚烧秸秆和生活垃圾，烟雾很大，影响周边居民。'],
    ask: ['建议加强巡查和宣传，推广秸秆综合利用。'],
    dept: 'enforce', co: ['agri'], onSite: ['代表会同网格员现场劝阻并扑灭火点，随后开展了入户宣传。'],
    fix: '落实网格巡查制度，设立秸秆收储点一处，露天焚烧现象已明显减少', progress: '秸秆收储点正在建设，巡查已常态化',
    plan: '秸秆综合利用已列入{year}年农业绿色发展计划', why: '已加强巡查和宣传，该问题将纳入网格日常管理',
  },
  // 经济发展
  {
    category: '经济发展', where: 'any', themes: ['enterprise', 'park', 'building'], subject: '帮助{short}企业解决招工难问题',
    casual: ['厂里招不到技术工人', '企业用工难，希望政府帮忙对接'],
    problem: ['{firm}等企业订单增加，但熟练技工招不到，普工流动性大，影响按时交货。'],
    ask: ['建议举办专场招聘会，开展订单式技能培训。'],
    dept: 'hr', co: ['econ'],
    fix: '举办企业专场招聘会{n:2-4}场，促成就业{n:60-200}人，开设订单式技能培训班', progress: '专场招聘会已举办一场，技能培训班正在招生',
    plan: '企业用工服务已列入{year}年稳就业工作计划', why: '已为企业发布招聘信息并推荐求职人员，薪资待遇等需企业自主决定',
    weight: 2,
  },
  {
    category: '经济发展', where: 'any', themes: ['enterprise', 'park', 'building'], subject: '优化{short}营商环境和涉企审批服务',
    casual: ['企业办证要跑好多部门', '厂房扩建审批太慢'],
    problem: ['{firm}计划扩建厂房，涉及规划、消防、环评等多个环节，审批周期长，企业来回跑了好几趟。'],
    ask: ['建议设立企业服务专员，推行并联审批和帮办代办。'],
    dept: 'econ', co: ['natres', 'market'],
    fix: '为企业配备服务专员全程帮办，扩建项目审批时间压缩至{n:20-45}个工作日', progress: '已建立帮办机制，项目审批正在并联办理',
    plan: '涉企审批提速已列入{year}年营商环境优化提升行动', why: '该扩建项目涉及用地性质调整，需按程序报批，已安排专员跟踪服务',
  },
  {
    category: '经济发展', where: 'any', themes: ['shop'], subject: '在{place}建设共富工坊带动家门口就业',
    casual: ['村里妇女想找点手工活', '希望家门口有活干'],
    problem: ['{place}留守妇女和低龄老人多，有劳动能力但不能外出打工，希望在家门口就业增收。'],
    ask: ['建议引入来料加工企业，利用村闲置用房建设共富工坊。'],
    dept: 'econ', co: ['hr', 'agri'],
    fix: '在{place}建成共富工坊一处，吸纳{n:20-60}名村民就业，人均月增收{n:1500-2800}元', progress: '工坊场地已改造完成，正在对接来料加工企业',
    plan: '{place}共富工坊已列入{year}年共同富裕示范项目', why: '{place}周边已有共富工坊两处，已组织有意愿的村民前往就业',
  },
  // 农业农村
  {
    category: '农业农村', where: 'village', subject: '修复{place}农田灌溉渠道',
    casual: ['{place}水渠坏了，田里灌不上水', '灌溉渠漏水严重'],
    problem: ['{place}{unit}的灌溉渠道年久失修，渠壁坍塌、渗漏严重，下游农田灌不上水，影响水稻种植。'],
    ask: ['建议在农忙前修复渠道，清理淤积。'],
    dept: 'agri', co: ['water'], onSite: ['代表协调村委会组织村民清理了渠道淤积，临时解决了灌溉用水。'],
    fix: '完成{place}灌溉渠道修复约{n:600-2200}米，惠及农田{n:200-900}亩', progress: '渠道修复工程已开工',
    plan: '{place}灌溉渠道已列入{year}年高标准农田建设项目', why: '该区域已纳入土地综合整治项目，将统一建设灌排设施，近期先行疏浚',
    weight: 2,
  },
  {
    category: '农业农村', where: 'village', themes: ['shop'], subject: '拓宽{place}{crop}等农产品销售渠道',
    casual: ['{crop}卖不出去，价格太低', '希望帮我们村{crop}找销路'],
    problem: ['今年{place}{crop}丰收，但收购商压价厉害，部分农户的{crop}卖不出去。'],
    ask: ['建议组织直播带货、对接商超和机关食堂，建设冷链仓储。'],
    dept: 'agri', co: ['econ', 'agribureau'],
    fix: '组织直播带货{n:3-8}场，对接商超和单位食堂，帮助销售{crop}约{n:20-80}吨', progress: '已对接电商平台，冷库建设正在推进',
    plan: '{place}农产品冷链仓储已列入{year}年强村富民项目', why: '市场价格由供需决定，已为农户提供电商培训和销售信息',
    weight: 2,
  },
  {
    category: '农业农村', where: 'village', subject: '硬化{place}机耕路',
    casual: ['机耕路太烂，农机开不进去', '{place}田间道路坑坑洼洼'],
    problem: ['{place}{unit}通往农田的机耕路是泥路，下雨后农机开不进去，采收的农产品运不出来。'],
    ask: ['建议硬化机耕路并加宽。'],
    dept: 'agri', co: ['agribureau'],
    fix: '完成{place}机耕路硬化约{n:800-2500}米', progress: '机耕路硬化工程已完成招标',
    plan: '{place}机耕路已列入{year}年农田基础设施建设计划', why: '该机耕路位于永久基本农田保护区内，不能硬化，已铺设碎石并加宽',
  },
  {
    category: '农业农村', where: 'village', subject: '加快{place}农房建设审批',
    casual: ['建房审批等了一年', '农村建房审批太慢'],
    problem: ['{place}有几户村民的危旧房需要翻建，申请已经提交一年多，审批一直没有结果。'],
    ask: ['建议公开审批流程和时限，加快审批。'],
    dept: 'natres', co: ['build', 'agri'],
    fix: '完成{place}{n:3-8}户农房审批，并在便民服务中心公开审批流程和时限', progress: '已开展联审，相关农户审批正在办理',
    plan: '农房审批提速已列入{year}年“最多跑一次”改革事项', why: '部分申请涉及永久基本农田，不符合建房条件，已向农户说明并帮助另行选址',
  },
  // 征地拆迁
  {
    category: '征地拆迁', where: 'village', themes: ['project'], subject: '公开{project}征迁补偿安置政策',
    casual: ['征地补偿标准是多少', '希望讲讲拆迁安置政策'],
    problem: ['{place}部分农户房屋在{project}用地红线内，大家对补偿标准、地类划分和安置方式不清楚，心里没底。'],
    ask: ['建议组织政策宣讲会，逐户解答，补偿标准公开上墙。'],
    dept: 'land', co: ['natres'], onSite: ['代表在联络点当场解答了补偿标准和安置方式，并发放了政策汇编。'],
    fix: '在联络点举办政策宣讲会{n:2-5}场，补偿标准和评估结果全部公示上墙', progress: '政策汇编已印发，逐户解答正在进行',
    plan: '补偿政策解读已列入征迁工作专班计划', why: '补偿标准按省市统一规定执行，不能个别调整，已逐户解释说明',
    weight: 2,
  },
  {
    category: '征地拆迁', where: 'village', themes: ['project'], subject: '妥善处理{project}征迁区块果树移栽',
    casual: ['征迁区的{crop}树怎么处理', '果树能不能移栽'],
    problem: ['{project}征迁区块内有不少挂果的{crop}树，农户舍不得砍，希望能统一移栽。'],
    ask: ['建议统一移栽到村集体土地，由村集体统一管护。'],
    dept: 'land', co: ['agri'], hard: true,
    fix: '将征迁区块内{crop}树{n:300-1200}株统一移栽至村集体土地，由村集体统一管护', progress: '移栽地块已选定，移栽工作正在分批进行',
    plan: '果树移栽已列入征迁工作计划，待采收季结束后实施', why: '部分树龄较长的果树移栽成活率低，已按标准给予补偿',
  },
  {
    category: '征地拆迁', where: 'village', themes: ['project'], subject: '减少{project}施工对{place}群众生活的影响',
    casual: ['工地晚上施工太吵', '工程车把村道压坏了'],
    problem: ['{project}施工车辆进出{place}，把村道压坏了，扬尘大，晚上还有施工噪音。'],
    ask: ['建议督促施工单位洒水降尘、修复道路，夜间停止高噪声作业。'],
    dept: 'land', co: ['transport', 'eco'], onSite: ['代表在联络点约见施工单位负责人，当场明确每日洒水降尘和夜间22:00后停止高噪声作业。'],
    fix: '督促施工单位修复受损村道约{n:400-1500}米，落实洒水降尘，夜间停止高噪声作业', progress: '施工单位已落实降尘措施，道路修复正在进行',
    plan: '受损道路修复已列入工程完工后的恢复计划', why: '部分夜间施工系混凝土连续浇筑工艺需要，已提前公告并缩短作业时间',
  },
  // 文化体育
  {
    category: '文化体育', where: 'any', subject: '在{place}建设健身场地',
    casual: ['{place}没地方锻炼身体', '希望村里建个篮球场', '广场舞没有场地'],
    problem: ['{place}群众健身需求大，但没有像样的健身场地，大家只能在马路边跳广场舞，很不安全。'],
    ask: ['建议利用闲置地块建设小型健身广场，配置健身器材。'],
    dept: 'culture', co: ['build'],
    fix: '在{place}建成健身广场一处，配置健身器材{n:10-24}件，新建篮球场一片', progress: '健身广场已开工建设',
    plan: '{place}健身场地已列入{year}年“15分钟健身圈”建设计划', why: '{place}周边暂无可用土地，已协调学校运动场在节假日向群众开放',
    weight: 2,
  },
  {
    category: '文化体育', where: 'village', subject: '丰富{place}文化礼堂活动',
    casual: ['文化礼堂平时都关着门', '希望多送戏下乡'],
    problem: ['{place}文化礼堂建好后平时大多关着门，活动少，老人们希望多看看戏、多听听讲座。'],
    ask: ['建议制定活动计划，常态化开展送戏下乡和文化讲座。'],
    dept: 'culture', co: ['social'],
    fix: '制定{place}文化礼堂年度活动计划，全年开展送戏下乡、讲座等活动{n:12-30}场', progress: '活动计划已制定，首批活动已开展',
    plan: '{place}文化礼堂活动已列入{year}年文化惠民工程', why: '文化礼堂由村集体管理使用，已指导村里落实开放制度',
  },
  // 公共安全
  {
    category: '公共安全', where: 'any', subject: '在{place}重点部位加装视频监控',
    casual: ['{place}电瓶车被偷了', '村口没有监控'],
    problem: ['{place}最近接连发生电动车被盗，村口和主要路口没有监控，出了事查不到。'],
    ask: ['建议在主要出入口和路口加装高清监控，接入平安建设平台。'],
    dept: 'safety', co: ['traffic'],
    fix: '在{place}出入口和主要路口新增高清监控{n:6-20}路，已接入综治平台', progress: '监控点位已确定，设备正在安装',
    plan: '{place}监控补点已列入{year}年“雪亮工程”建设计划', why: '{place}主要路口已有监控覆盖，已加强夜间巡逻',
  },
  {
    category: '公共安全', where: 'any', subject: '加强{place}防汛排涝设施建设', hard: true,
    casual: ['台风天{place}一淹就是半米深', '下暴雨村里积水进屋'],
    problem: ['{place}地势低洼，每到台风暴雨季节积水严重，去年积水最深处超过半米，淹进了好几户人家。'],
    ask: ['建议疏浚排水沟渠，新建排涝泵站。'],
    dept: 'water', co: ['build', 'safety'],
    fix: '疏浚{place}排水沟渠约{n:1-4}公里，新建排涝泵站一座，积水问题已解决', progress: '沟渠疏浚已完成，泵站正在建设',
    plan: '{place}排涝泵站已列入{year}年水利建设计划', why: '{place}排涝纳入片区防洪工程统一实施，汛期已预置移动泵车',
  },
  // 社会保障
  {
    category: '社会保障', where: 'any', themes: ['shop', 'building'], subject: '为{place}灵活就业人员提供社保和就业服务',
    casual: ['外卖骑手怎么交社保', '失业了想找工作'],
    problem: ['{place}有不少外卖骑手、网约车司机等灵活就业人员，不清楚怎么参加社保，也缺少职业培训。'],
    ask: ['建议在社区开设就业社保服务点，提供参保指导和技能培训。'],
    dept: 'hr', co: ['social'], onSite: ['代表当场联系便民服务中心为反映人办理了灵活就业参保登记。'],
    fix: '在{place}设立就业社保服务点，开展参保指导和技能培训{n:4-10}期', progress: '服务点已设立，培训班正在招生',
    plan: '灵活就业人员服务已列入{year}年就业促进计划', why: '参保政策已在服务中心公开，已为反映人提供一对一政策解读',
  },
];

/** Crops the templates talk about, by region: the demo towns grow bayberries and tea. */
export const CROPS = ['杨梅', '茶叶', '柑橘', '竹笋', '板栗', '葡萄', '桃子', '蔬菜'];

export function issuesFor(where: 'village' | 'community', theme: string | undefined): IssueTemplate[] {
  return ISSUES.filter((t) => {
    if (t.where !== 'any' && t.where !== where) return false;
    if (t.category === '征地拆迁') return theme === 'project';
    return true;
  });
}

/** Weighted pick, preferring templates typical of the station's theme. */
export function pickIssue(rng: Rng, where: 'village' | 'community', theme: string | undefined): IssueTemplate {
  const pool = issuesFor(where, theme);
  return rng.weighted(
    pool.map((t) => {
      let w = t.weight ?? 1;
      // Urban matters (lifts, property management) crowd out the rest in a community.
      if (t.where === 'community') w *= 2.5;
      if (theme && t.themes?.includes(theme)) w *= theme === 'project' ? 12 : 5;
      return [t, w] as const;
    }),
  );
}

export interface Fill {
  place: string;
  unit: string;
  road: string;
  town: string;
  short: string;
  school: string;
  clinic: string;
  river: string;
  firm: string;
  crop: string;
  project: string;
  year: string;
  dept: string;
}

/** Fill `{name}` and `{n:a-b}` placeholders. Unknown names throw, so typos in templates fail fast. */
export function fill(rng: Rng, template: string, values: Fill): string {
  return template.replace(/\{([a-z]+)(?::(\d+)-(\d+))?\}/g, (_, name: string, lo?: string, hi?: string) => {
    if (name === 'n') return String(rng.int(Number(lo), Number(hi)));
    if (!(name in values)) throw new Error(`unknown placeholder {${name}} in “${template}”`);
    return values[name as keyof Fill];
  });
}
