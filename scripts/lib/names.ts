/**
 * Invented people and places. Names are drawn from common surnames and given-name characters;
 * a blocklist keeps out the real people quoted in the source articles, so no demo deputy shares a
 * name with someone in the press.
 */
import type { Rng, Weighted } from './random.js';

/** Surnames with rough weights for the Yangtze delta, where the demo towns sit. */
const SURNAMES: Weighted<string> = [
  ['王', 9], ['陈', 10], ['张', 8], ['李', 7], ['吴', 6], ['徐', 6], ['周', 6], ['杨', 5], ['沈', 5],
  ['陆', 4], ['钱', 3], ['俞', 3], ['蒋', 4], ['何', 4], ['朱', 5], ['胡', 4], ['金', 4], ['潘', 3],
  ['郑', 3], ['方', 3], ['楼', 2], ['应', 2], ['孙', 4], ['刘', 5], ['黄', 4], ['许', 3], ['叶', 3],
  ['章', 2], ['董', 2], ['汪', 2], ['邵', 2], ['孔', 1], ['姚', 2], ['倪', 2], ['夏', 2], ['范', 2],
  ['傅', 2], ['蔡', 2], ['严', 1], ['丁', 2], ['袁', 1], ['马', 2], ['赵', 3], ['林', 3], ['谢', 2],
  ['宋', 2], ['唐', 2], ['韩', 1], ['冯', 2], ['曹', 1], ['盛', 1], ['洪', 1], ['葛', 1], ['毛', 2],
  ['骆', 1], ['裘', 1], ['虞', 1], ['卢', 1], ['江', 1], ['童', 1], ['施', 1], ['翁', 1], ['吕', 1],
];

const MALE_CHARS = [...'建国伟强军明华平辉勇峰林磊涛斌杰刚海波鹏宇浩文俊志忠荣飞晓东永卫新兴春德祥福根水松金龙良成军庆生立军宏远振达一鸣博凯航晨逸'];
const FEMALE_CHARS = [...'芳丽敏静燕红霞娟英萍玲丹琴婷慧雪秀兰美桂云莉洁艳凤佳倩月素亚琳颖悦欣怡雯晶蓉琪薇妍梅菊'];
const NEUTRAL_CHARS = [...'晓春文海小雨家佳思嘉子一'];

/** Real people named in the seed articles; never reuse them for invented deputies. */
const BLOCKED = new Set(['陆卫国', '潘明光', '张大海', '乐荷芬', '陆丽霞', '蒋建伟', '张明福', '舒国海', '臧一平', '黄承勇']);

export type Gender = 'male' | 'female';

export function surname(rng: Rng): string {
  return rng.weighted(SURNAMES);
}

export function personName(rng: Rng, gender: Gender): string {
  const chars = gender === 'male' ? MALE_CHARS : FEMALE_CHARS;
  for (;;) {
    const family = surname(rng);
    const first = rng.chance(0.15) ? rng.pick(NEUTRAL_CHARS) : rng.pick(chars);
    // A one-character given name reads oddly with a neutral character (张家), so draw it anew.
    const given = rng.chance(0.78) ? first + rng.pick(chars) : rng.pick(chars);
    const name = family + given;
    if (given.length === 2 && given[0] === given[1] && rng.chance(0.7)) continue;
    if (!BLOCKED.has(name)) return name;
  }
}

/** A name not yet in `taken`; adds it. Towns can have two 王伟s, but a demo reads better without. */
export function uniquePersonName(rng: Rng, gender: Gender, taken: Set<string>): string {
  for (let i = 0; i < 200; i++) {
    const name = personName(rng, gender);
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
  throw new Error('ran out of names');
}

const VILLAGE_HEADS = [...'上下前后东西南北大小新老金银青白黄柴竹梅桃杨沈高长马龙凤石沙双三五里外潮泉湖溪枫樟桑柳茶松'];
const VILLAGE_TAILS = ['塘', '桥', '岙', '湾', '坞', '岭', '溪', '山', '浦', '墩', '港', '头', '口', '庄', '田', '畈', '垟', '埠', '坪', '浜', '园', '家'];
const COMMUNITY_WORDS = ['春晖', '锦绣', '阳光', '和平', '新城', '文苑', '桂花', '翠苑', '望江', '滨河', '紫荆', '丰收', '长安', '育才', '书香', '清泉', '花园', '兴华', '润和', '百合'];

export function villageName(rng: Rng, taken: Set<string>): string {
  for (let i = 0; i < 500; i++) {
    const name = `${rng.pick(VILLAGE_HEADS)}${rng.pick(VILLAGE_TAILS)}村`;
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
  throw new Error('ran out of village names');
}

export function communityName(rng: Rng, taken: Set<string>): string {
  for (let i = 0; i < 500; i++) {
    const name = `${rng.pick(COMMUNITY_WORDS)}社区`;
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
    const twice = `${rng.pick(COMMUNITY_WORDS).slice(0, 1)}${rng.pick(COMMUNITY_WORDS).slice(1)}社区`;
    if (!taken.has(twice)) {
      taken.add(twice);
      return twice;
    }
  }
  throw new Error('ran out of community names');
}

const ROAD_WORDS = ['建设', '人民', '解放', '文化', '中心', '工业', '新华', '迎宾', '兴业', '滨江', '环镇', '富民', '创业', '学府', '园区', '健康', '幸福', '通港', '梅林', '清溪'];
const ROAD_TAILS: Weighted<string> = [['路', 6], ['街', 2], ['大道', 1], ['线', 1]];

export function roadNames(rng: Rng, prefix: string, count: number): string[] {
  const words = rng.sample(ROAD_WORDS, count);
  return words.map((w, i) => (i === 0 ? `${prefix}${rng.weighted(ROAD_TAILS)}` : `${w}${rng.weighted(ROAD_TAILS)}`));
}

const FIRM_WORDS = ['精密机械', '新材料', '纺织', '电子科技', '食品', '包装', '五金工具', '光电', '家居', '环保设备', '农业开发', '汽车配件', '智能装备', '生物科技', '印染'];

export function firmName(rng: Rng, place: string): string {
  return `${place.replace(/(村|社区|镇|乡|街道)$/, '')}${rng.pick(FIRM_WORDS)}有限公司`;
}

/** A masked form is the loader's job; submitters are written as plain names on purpose. */
export function residentName(rng: Rng): { name: string; gender: Gender } {
  const gender: Gender = rng.chance(0.5) ? 'male' : 'female';
  return { name: personName(rng, gender), gender };
}

const DIGITS = '0123456789';

/** An invented mainland mobile number with a real-looking prefix. */
export function mobileNumber(rng: Rng): string {
  const prefix = rng.pick(['138', '139', '137', '135', '158', '159', '187', '188', '133', '153', '189', '180', '177']);
  let rest = '';
  for (let i = 0; i < 8; i++) rest += rng.pick([...DIGITS]);
  return prefix + rest;
}

/**
 * An 18-digit resident ID with a correct GB 11643 check digit, so that a scrubber which checks
 * the checksum still has something to catch.
 */
export function residentId(rng: Rng, areaCode: string, born: string): string {
  const seq = String(rng.int(10, 999)).padStart(3, '0');
  const body = `${areaCode}${born.replace(/-/g, '')}${seq}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(body[i]) * (weights[i] as number);
  return body + '10X98765432'[sum % 11];
}
