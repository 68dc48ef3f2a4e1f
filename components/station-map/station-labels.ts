/** Names of station themes (特色联络点): the ones towns use most; others show as written. */
import type { LabelLocale } from '../base/labels.js';

export const THEME_LABELS: Record<LabelLocale, Record<string, string>> = {
  'zh-CN': {
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
  },
  en: {
    village: 'Village',
    community: 'Community',
    enterprise: 'Enterprise',
    project: 'Major project',
    shop: 'Shop',
    park: 'Industrial park',
    building: 'Office building',
    school: 'School',
    market: 'Market',
    hospital: 'Hospital',
  },
};

export function themeLabel(theme: string, locale: LabelLocale): string {
  return THEME_LABELS[locale][theme] ?? theme;
}
