import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { findMobiles, findPii, maskName, maskResidentText, maskStaffText, maskSuggestion, scrubFields, scrubText } from './privacy.js';
import type { Suggestion } from './model.js';

const MOBILE = '[手机号已隐藏]';
const PHONE = '[电话已隐藏]';
const ID = '[身份证号已隐藏]';
const EMAIL = '[邮箱已隐藏]';
const CARD = '[银行卡号已隐藏]';
const ROOM = '[门牌号已隐藏]';

describe('maskName', () => {
  const cases: [name: string | undefined, gender: 'male' | 'female' | undefined, expected: string][] = [
    // single-character surnames
    ['张三', 'male', '张先生'],
    ['王小红', 'female', '王女士'],
    ['李明', undefined, '李某'],
    ['刘', 'male', '刘先生'],
    // compound surnames keep both characters
    ['欧阳娜娜', 'female', '欧阳女士'],
    ['司马光', 'male', '司马先生'],
    ['诸葛亮', undefined, '诸葛某'],
    ['上官婉儿', 'female', '上官女士'],
    ['第五伦', 'male', '第五先生'],
    // two characters: 单于 is read as 单 + 于, showing less
    ['单于', 'male', '单先生'],
    // remarks and blanks
    ['张三（退休教师）', 'male', '张先生'],
    ['  李 四 ', 'female', '李女士'],
    ['赵六(3幢业主)', undefined, '赵某'],
    ['　陈七　', 'male', '陈先生'],
    // already masked: kept as typed
    ['张先生', undefined, '张先生'],
    ['王女士', 'male', '王女士'],
    ['李某', 'female', '李某'],
    ['欧阳先生', undefined, '欧阳先生'],
    ['某先生', undefined, '某先生'],
    // a given name before 先生 is not a mask
    ['张三先生', 'male', '张先生'],
    // no name
    [undefined, undefined, '某'],
    ['', undefined, '某'],
    ['   ', undefined, '某'],
    [undefined, 'female', '某女士'],
    ['匿名', undefined, '某'],
    ['匿名', 'male', '某先生'],
    ['群众', undefined, '某'],
    ['村民', undefined, '某'],
    ['热心群众', undefined, '某'],
    ['张家村村民', undefined, '某'],
    ['不愿透露姓名', undefined, '某'],
    ['anonymous', undefined, '某'],
    ['Anonymous', 'female', '某女士'],
    ['某某', undefined, '某'],
    // nicknames
    ['老张', 'male', '张先生'],
    ['小王', undefined, '王某'],
    ['阿强', 'male', '某先生'],
    // not a name at all
    ['13812345678', undefined, '某'],
    ['zhangsan@163.com', undefined, '某'],
    ['清河镇幸福社区居民委员会', undefined, '某'],
    // minority names without a surname
    ['阿不都·热合曼', 'male', '某先生'],
    // Latin script
    ['Li Ming', 'male', 'Li 先生'],
    ['Li Ming', 'female', 'Li 女士'],
    ['Li Ming', undefined, 'Li 某'],
    ['Ming LI', 'male', 'LI 先生'],
    ['Smith, John', 'male', 'Smith 先生'],
    ['Mr. John Smith', undefined, 'Smith 先生'],
    ['Ms Wang', undefined, 'Wang 女士'],
  ];
  for (const [name, gender, expected] of cases) {
    it(`${JSON.stringify(name)} ${gender ?? '(no gender)'} → ${expected}`, () => {
      assert.equal(maskName(name, gender), expected);
    });
  }
});

describe('scrubText: masks personal data', () => {
  const cases: [input: string, expected: string][] = [
    // mobiles
    ['13812345678', MOBILE],
    ['我的手机13812345678，请回电', `我的手机${MOBILE}，请回电`],
    ['联系电话：138 1234 5678。', `联系电话：${MOBILE}。`],
    ['138-1234-5678', MOBILE],
    ['138 12345678', MOBILE],
    ['138—1234—5678', MOBILE],
    ['+86 138 1234 5678', MOBILE],
    ['+8613812345678', MOBILE],
    ['0086-139-1234-5678', MOBILE],
    ['(+86)15912345678', MOBILE],
    ['86-18612345678', MOBILE],
    ['手机１３９１２３４５６７８', `手机${MOBILE}`],
    ['电话＋８６　１３９　１２３４　５６７８找我', `电话${MOBILE}找我`],
    ['找王师傅19912345678或17712345678都行', `找王师傅${MOBILE}或${MOBILE}都行`],
    ['tel:13812345678', `tel:${MOBILE}`],
    // landlines
    ['0571-88888888', PHONE],
    ['0571-8888 8888', PHONE],
    ['(0571)88888888', PHONE],
    ['（0571）8888-8888', PHONE],
    ['０５７１－８８８８８８８８', PHONE],
    ['北京010-65123456转', `北京${PHONE}转`],
    ['0571-86012345-801，或0571-86012345转802', `${PHONE}，或${PHONE}`],
    ['057188888888', PHONE],
    ['+86 571 8888 8888', PHONE],
    ['座机：88886666', `座机：${PHONE}`],
    ['电话 8888 6666', `电话 ${PHONE}`],
    ['Tel: 6543210', `Tel: ${PHONE}`],
    ['家里电话是5678 1234，晚上打', `家里电话是${PHONE}，晚上打`],
    // ID numbers
    ['身份证330102199001011234', `身份证${ID}`],
    ['33010219900101123X', ID],
    ['身份证号：11010519491231002x。', `身份证号：${ID}。`],
    ['330102 19900101 1234', ID],
    ['３３０１０２１９９００１０１１２３４', ID],
    ['老身份证330102900101123', `老身份证${ID}`],
    // e-mail
    ['邮箱zhang.san@163.com', `邮箱${EMAIL}`],
    ['发到13812345678@139.com就行', `发到${EMAIL}就行`],
    ['li_ming+renda@example.org.cn。', `${EMAIL}。`],
    ['ｗａｎｇ＠ｑｑ．ｃｏｍ', EMAIL],
    // bank cards
    ['卡号6222021234567890123', `卡号${CARD}`],
    ['6222 0212 3456 7890', CARD],
    ['6217-0012-3456-7890-123', CARD],
    ['补贴打到6228480402564890018里', `补贴打到${CARD}里`],
    ['６２２２０２１２３４５６７８９０', CARD],
    // an 18-digit number with no birth date is still an account number
    ['账号622202123456789012', `账号${CARD}`],
    // 16+ digits: passbook numbers run past 19
    ['存折12345678901234567890', `存折${CARD}`],
    // many at once, at both ends
    [
      '13812345678，邮箱a@b.cn，身份证330102199001011234，卡6222021234567890，座机0571-88888888',
      `${MOBILE}，邮箱${EMAIL}，身份证${ID}，卡${CARD}，座机${PHONE}`,
    ],
  ];
  for (const [input, expected] of cases) {
    it(`${input} → ${expected}`, () => {
      assert.equal(scrubText(input), expected);
    });
  }
});

describe('scrubText: leaves ordinary numbers alone', () => {
  const untouched = [
    '2025年完成改造',
    '2025-03-12召开代表大会',
    '2025-03-12T09:30:00+08:00',
    '2025.03.12',
    '20250312',
    '投资50万元',
    '总投资1200.5万元',
    '共12户，涉及38人',
    '第12号建议',
    '3幢2单元401室',
    '中山路138号',
    '满意率98.5%',
    '办成率87%，满意率95%',
    '区划代码330106001000',
    '邮编310012',
    '拨打12345市民热线或110报警',
    '4008889999',
    '400-888-9999',
    '全长1380米，宽13米',
    '2021 2022 2023 2024 四年累计',
    '09:00-11:30接待',
    '1500 1200 800万元',
    '每月10日接待日',
    '快递单号SF1234567890123',
    '报修电话见公告栏',
    '',
  ];
  for (const text of untouched) {
    it(`${JSON.stringify(text)} stays`, () => {
      assert.equal(scrubText(text), text);
    });
  }

  it('keeps the text around a match byte for byte, full-width digits included', () => {
    assert.equal(scrubText('第１２号：电话１３８１２３４５６７８，２０２５年'), `第１２号：电话${MOBILE}，２０２５年`);
  });

  it('is idempotent', () => {
    const once = scrubText('电话13812345678，邮箱a@b.cn，卡6222 0212 3456 7890');
    assert.equal(scrubText(once), once);
  });

  it('reports spans with their kind, in order', () => {
    assert.deepEqual(
      findPii('a@b.cn 13812345678').map((s) => s.kind),
      ['email', 'mobile'],
    );
  });
});

describe('scrubFields', () => {
  it('scrubs only the named string fields, on a copy', () => {
    const input = { a: '13812345678', b: '13812345678', n: 5 };
    const out = scrubFields(input, ['a', 'n']);
    assert.deepEqual(out, { a: MOBILE, b: '13812345678', n: 5 });
    assert.equal(input.a, '13812345678');
  });
});

function sample(): Suggestion {
  return {
    id: '2025-017',
    title: '幸福小区加装电梯（联系人13812345678）',
    body: '我是张三，住3幢2单元401室，电话0571-88888888，邮箱zhangsan@163.com。',
    category: '老旧小区改造',
    source: 'scan',
    submitter: '张三',
    submitterGender: 'male',
    public: true,
    deputies: ['D001'],
    station: 'S01',
    history: [
      { stage: 'submitted', date: '2025-03-01' },
      { stage: 'accepted', date: '2025-03-02', actor: 'D001', note: '已电话联系138 1234 5678' },
      { stage: 'assigned', date: '2025-03-05', department: '镇建设办', note: '张三反映属实' },
    ],
    department: '镇建设办',
    coDepartments: ['镇财政所'],
    outcome: 'B',
    reply: '已列入2025年计划，补贴打到6222021234567890123',
  };
}

describe('maskSuggestion', () => {
  it('drops suggestions marked not public', () => {
    assert.equal(maskSuggestion({ ...sample(), public: false }), null);
  });

  it('publishes suggestions without the flag', () => {
    const { public: _omit, ...rest } = sample();
    assert.notEqual(maskSuggestion(rest), null);
  });

  it('masks the submitter and removes gender and the public flag', () => {
    const out = maskSuggestion(sample())!;
    assert.equal(out.submitter, '张先生');
    assert.ok(!('submitterGender' in out));
    assert.ok(!('public' in out));
  });

  it('masks an absent submitter as 某', () => {
    const { submitter: _omit, submitterGender: _g, ...rest } = sample();
    assert.equal(maskSuggestion(rest)!.submitter, '某');
  });

  it('scrubs title, body, reply and every history note', () => {
    const out = maskSuggestion(sample())!;
    assert.equal(out.title, `幸福小区加装电梯（联系人${MOBILE}）`);
    // The resident policy (issue 11) hides the unit and room; the building stays as context.
    assert.equal(out.body, `我是张先生，住3幢${ROOM}，电话${PHONE}，邮箱${EMAIL}。`);
    assert.equal(out.reply, `已列入2025年计划，补贴打到${CARD}`);
    assert.deepEqual(
      out.history.map((h) => h.note),
      [undefined, `已电话联系${MOBILE}`, '张先生反映属实'],
    );
    assert.ok(!('note' in out.history[0]!));
    assert.equal(out.history[2]!.department, '镇建设办');
  });

  it('keeps structured fields as they are', () => {
    const out = maskSuggestion(sample())!;
    assert.equal(out.id, '2025-017');
    assert.equal(out.category, '老旧小区改造');
    assert.deepEqual(out.deputies, ['D001']);
    assert.deepEqual(out.coDepartments, ['镇财政所']);
    assert.equal(out.outcome, 'B');
  });

  it('does not mutate or share the input', () => {
    const input = sample();
    const before = structuredClone(input);
    const out = maskSuggestion(input)!;
    assert.deepEqual(input, before);
    assert.notEqual(out.history, input.history);
    assert.notEqual(out.history[1], input.history[1]);
    assert.notEqual(out.deputies, input.deputies);
    assert.notEqual(out.coDepartments, input.coDepartments);
  });

  it('does not rewrite text for a submitter that is not a name', () => {
    const out = maskSuggestion({ ...sample(), submitter: '村民', body: '村民反映路灯不亮' })!;
    assert.equal(out.submitter, '某先生');
    assert.equal(out.body, '村民反映路灯不亮');
  });
});

// ---------------------------------------------------------------------------------------------
// The corpus of issue 11: residents' text under the resident policy, staff text under its own.

const QQ = '[QQ号已隐藏]';
const WECHAT = '[微信号已隐藏]';
const PLATE = '[车牌号已隐藏]';

describe('maskResidentText: the corpus of ways to write personal data', () => {
  const positives: [kind: string, input: string, expected: string][] = [
    // mobiles, every spacing and separator
    ['mobile', '电话138.1234.5678', `电话${MOBILE}`],
    ['mobile', '138 123 45678', MOBILE],
    ['mobile', '138-123-45678', MOBILE],
    ['mobile', '1381 234 5678', MOBILE],
    ['mobile', '138  1234  5678', MOBILE],
    ['mobile', '138/1234/5678', MOBILE],
    ['mobile', '138 / 1234 / 5678', MOBILE],
    ['mobile', '1 3 8 1 2 3 4 5 6 7 8', MOBILE],
    ['mobile', '1-3-8-1-2-3-4-5-6-7-8', MOBILE],
    ['mobile', '1381234 5678', MOBILE],
    ['mobile', '138·1234·5678', MOBILE],
    ['mobile', '138_1234_5678', MOBILE],
    ['mobile', '手机：13912345678。', `手机：${MOBILE}。`],
    ['mobile', '+86.138.1234.5678', MOBILE],
    ['mobile', '+86 138-1234-5678', MOBILE],
    ['mobile', '0086 13812345678', MOBILE],
    ['mobile', '008613812345678', MOBILE],
    ['mobile', '（+86）138 1234 5678', MOBILE],
    ['mobile', '１３８．１２３４．５６７８', MOBILE],
    ['mobile', '１３８　１２３　４５６７８', MOBILE],
    ['mobile', '一三八一二三四五六七八', MOBILE],
    ['mobile', '手机一三八 一二三四 五六七八', `手机${MOBILE}`],
    ['mobile', '幺三八幺二三四五六七八', MOBILE],
    ['mobile', '一三八〇〇〇〇一二三四', MOBILE],
    ['mobile', '打给我15012345678或者16612345678', `打给我${MOBILE}或者${MOBILE}`],
    ['mobile', '电话19812345678，晚上也行', `电话${MOBILE}，晚上也行`],
    ['mobile', '号码是 177 1234 5678', `号码是 ${MOBILE}`],
    // landlines
    ['landline', '0571.8888.8888', PHONE],
    ['landline', '0571 8888 8888', PHONE],
    ['landline', '0571/88888888', PHONE],
    ['landline', '0571  8888  8888', PHONE],
    ['landline', '021-5432 1098', PHONE],
    ['landline', '(021)54321098', PHONE],
    ['landline', '电话88886666', `电话${PHONE}`],
    ['landline', '座机 8888.6666', `座机 ${PHONE}`],
    ['landline', '拨打 6501 2345 找我', `拨打 ${PHONE} 找我`],
    ['landline', '联系方式：63012345', `联系方式：${PHONE}`],
    ['landline', '固话:2345-6789', `固话:${PHONE}`],
    ['landline', '０５７１．８６０１２３４５', PHONE],
    // ID numbers
    ['id', '身份证号码33018319850612213X', `身份证号码${ID}`],
    ['id', '33018319850612213x', ID],
    ['id', '330183 19850612 2134', ID],
    ['id', '证件号330183850612213', `证件号${ID}`],
    ['id', '身份证３３０１８３１９８５０６１２２１３Ｘ', `身份证${ID}`],
    ['id', '110105194912310021，', `${ID}，`],
    // bank cards
    ['card', '工行卡6212261202012345678', `工行卡${CARD}`],
    ['card', '6212 2612 0201 2345 678', CARD],
    ['card', '6228-4804-0256-4890', CARD],
    ['card', '卡号：６２１２２６１２０２０１２３４５', `卡号：${CARD}`],
    // e-mails, spelled out
    ['email', 'zhang.wei@163.com', EMAIL],
    ['email', 'zhangwei at 163 dot com', EMAIL],
    ['email', 'zhangwei AT qq DOT com', EMAIL],
    ['email', 'zhangwei[at]163.com', EMAIL],
    ['email', 'zhangwei(at)qq(dot)com', EMAIL],
    ['email', 'zhangwei [at] 126 [dot] com', EMAIL],
    ['email', 'zhangwei艾特qq点com', EMAIL],
    ['email', '邮箱 zhangwei#163.com 谢谢', `邮箱 ${EMAIL} 谢谢`],
    ['email', 'li_ming{at}sina{dot}cn', EMAIL],
    ['email', 'ｚｈａｎｇ＠１６３．ｃｏｍ', EMAIL],
    // QQ and WeChat after their keywords
    ['qq', 'QQ号：123456789', `QQ号：${QQ}`],
    ['qq', 'qq 987654321', `qq ${QQ}`],
    ['qq', '我的QQ是1234567', `我的QQ是${QQ}`],
    ['qq', '扣扣88886666', `扣扣${QQ}`],
    ['qq', 'QQ群：765432198', `QQ群：${QQ}`],
    ['qq', 'ＱＱ：１２３４５６７８', `ＱＱ：${QQ}`],
    ['wechat', '微信：zhangwei_88', `微信：${WECHAT}`],
    ['wechat', '加微信 wxid_abc123', `加微信 ${WECHAT}`],
    ['wechat', '微信号是ZW-19880101', `微信号是${WECHAT}`],
    ['wechat', 'VX：liming2026', `VX：${WECHAT}`],
    ['wechat', 'vx liming2026', `vx ${WECHAT}`],
    ['wechat', 'wx:abc_def_1', `wx:${WECHAT}`],
    ['wechat', 'V信 fengquan_lm', `V信 ${WECHAT}`],
    ['wechat', '微信13812345678', `微信${MOBILE}`],
    // licence plates
    ['plate', '车牌浙A12345的车', `车牌${PLATE}的车`],
    ['plate', '浙A·12345', PLATE],
    ['plate', '浙AD12345', PLATE],
    ['plate', '浙A12345D', PLATE],
    ['plate', '沪B 9K8J7', PLATE],
    ['plate', '粤B12345挂', PLATE],
    ['plate', '浙a1234f', PLATE],
    // room numbers of addresses
    ['room', '住3幢2单元401室', `住3幢${ROOM}`],
    ['room', '5号楼302室漏水', `5号楼${ROOM}漏水`],
    ['room', '2单元1202', ROOM],
    ['room', '3-2-401', ROOM],
    ['room', '我家门牌号是128号', `我家${ROOM}`],
    ['room', '门牌：A17号', ROOM],
    ['room', '房间号 1803', ROOM],
    ['room', '１２０２室', ROOM],
    // other people's names before a form of address
    ['name', '楼下张伟先生家漏水', '楼下张先生家漏水'],
    ['name', '李桂兰阿姨行动不便', '李阿姨行动不便'],
    ['name', '和王建国大爷一起反映', '和王大爷一起反映'],
    ['name', '欧阳娜娜女士说', '欧阳女士说'],
    ['name', '请刘德明师傅来修', '请刘师傅来修'],
    ['name', '赵丽华大妈每天在这里', '赵大妈每天在这里'],
  ];
  it('has at least 80 positives', () => assert.ok(positives.length >= 80, String(positives.length)));
  for (const [kind, input, expected] of positives) {
    it(`${kind}: ${input} → ${expected}`, () => assert.equal(maskResidentText(input), expected));
  }

  const survivors = [
    '区划代码330183100000',
    '统计用区划代码 330183104000',
    '2026-11-20召开',
    '2026年11月20日',
    '二〇二六年十一月二十日',
    '2026.11.20',
    '2026/11/20',
    '投资1500万元',
    '总投资 1,380 万元',
    '1500 1200 800万元',
    '建议编号FQ-2026-0012',
    'CL-2025-0103号建议',
    '2025年、2026年',
    '共138户、412人',
    '09:00-11:30',
    '每周二 9:00-11:30、14:00-17:00',
    '拨打12345政务服务热线',
    '12345热线转办',
    '110、119、120',
    '邮编311201',
    '满意率97.5%，办成率86%',
    '李阿姨行动不便',
    '刘大爷说',
    '王某某反映',
    '张先生来电',
    '社区王先生',
    '老王师傅',
    '3号会议室',
    '1室1厅',
    '全长1.38公里',
    '第13号议案',
    '微信公众号“枫泉发布”',
    'QQ群里通知',
    '浙江省杭州市',
    '一二三四五',
    '三三两两',
    '18个村',
    '中山路138号',
  ];
  for (const text of survivors) {
    it(`${JSON.stringify(text)} survives`, () => assert.equal(maskResidentText(text), text));
  }

  it('keeps existing scrubText survivors under the resident policy, except room numbers', () => {
    assert.equal(maskResidentText('3幢2单元401室'), `3幢${ROOM}`);
    assert.equal(scrubText('3幢2单元401室'), '3幢2单元401室');
  });
});

describe('maskStaffText and findMobiles', () => {
  it('masks ID and bank-card numbers in staff text, and nothing else', () => {
    assert.equal(
      maskStaffText('代表简介：身份证330183198506122134，卡6212261202012345678，电话0571-63012345，手机13812345678'),
      `代表简介：身份证${ID}，卡${CARD}，电话0571-63012345，手机13812345678`,
    );
    assert.equal(maskStaffText('2026年投资1500万元，区划代码330183100000'), '2026年投资1500万元，区划代码330183100000');
  });
  it('finds mobiles for the warning, in every spelling', () => {
    assert.deepEqual(findMobiles('值班手机138 1234 5678，办公室0571-63012345'), ['138 1234 5678']);
    assert.deepEqual(findMobiles('接待时间09:00-11:30，热线12345'), []);
  });
});

describe('maskSuggestion applies the resident policy to every text field', () => {
  it('masks plates, QQ, rooms and names in title, body, reply and notes', () => {
    const out = maskSuggestion({
      ...sample(),
      title: '浙A12345长期占用消防通道',
      body: '楼下张伟先生QQ123456789，住5号楼302室',
      reply: '已联系车主浙A12345',
      history: [{ stage: 'submitted', date: '2025-03-01', note: '微信 zhangwei_88' }],
    })!;
    assert.equal(out.title, `${PLATE}长期占用消防通道`);
    assert.equal(out.body, `楼下张先生QQ${QQ}，住5号楼${ROOM}`);
    assert.equal(out.reply, `已联系车主${PLATE}`);
    assert.equal(out.history[0]!.note, `微信 ${WECHAT}`);
  });
});

describe('masking stays fast on hostile text', () => {
  it('takes no quadratic time on long runs of letters, digits, dots or blanks', () => {
    for (const text of ['a'.repeat(100_000), '1'.repeat(100_000), 'a.'.repeat(50_000), ' '.repeat(100_000), '　'.repeat(50_000), `a@${'a'.repeat(100_000)}`, '一 '.repeat(50_000)]) {
      const started = performance.now();
      maskResidentText(text);
      const ms = performance.now() - started;
      assert.ok(ms < 3_000, `${JSON.stringify(text.slice(0, 6))}… took ${Math.round(ms)} ms`);
    }
  });
});
