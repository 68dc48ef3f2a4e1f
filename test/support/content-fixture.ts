import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, from build/test/support/. */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** “Today” for fixture builds, so history dates never turn into future dates as time passes. */
export const FIXTURE_TODAY = '2026-11-20';

const schema = (kind: string) => `../../../site/schemas/${kind}.schema.json`;

/**
 * A small, valid content tree: one town with two deputies, two stations, three suggestions
 * (one private), a ballot and a news item. Tests copy it and break one thing at a time.
 */
export function writeFixtureContent(dir = mkdtempSync(join(tmpdir(), 'renda-content-'))): string {
  const town = join(dir, 'towns', 'hexi');
  mkdirSync(join(town, 'news'), { recursive: true });
  mkdirSync(join(town, 'pages'), { recursive: true });
  const write = (path: string, value: unknown) => writeFileSync(join(dir, path), typeof value === 'string' ? value : `${JSON.stringify(value, null, 2)}\n`);
  write('site.json', { $schema: '../site/schemas/site.schema.json', title: '测试平台', baseUrl: 'https://renda.example.gov.cn/', defaultLocale: 'zh-CN' });
  write('towns/hexi/town.json', {
    $schema: schema('town'),
    slug: 'hexi',
    code: '330183100000',
    name: '河西镇',
    kind: 'town',
    province: '浙江省',
    city: '杭州市',
    county: '富阳区',
    congress: { name: '河西镇人民代表大会', kind: 'congress', term: 18, termStart: '2022-01-01', termEnd: '2026-12-31', deputies: 50 },
    contacts: [{ name: '镇人大办', phone: '0571-12345678' }],
  });
  write('towns/hexi/deputies.json', {
    $schema: schema('deputies'),
    deputies: [
      { id: 'hx-001', name: '陈立群', levels: ['township', 'county'], constituency: '第1选区', stations: ['center'], title: '村党组织书记' },
      { id: 'hx-002', name: '欧阳秀英', levels: ['township'], constituency: '第2选区', stations: [] },
    ],
  });
  write('towns/hexi/stations.json', {
    $schema: schema('stations'),
    stations: [
      {
        id: 'center',
        name: '河西镇人大代表联络中心站',
        kind: 'center',
        address: '河西镇政府一楼',
        location: { lng: 119.95, lat: 30.05, crs: 'gcj02' },
        reception: [{ kind: 'monthly', day: 10, label: '接待日' }],
        deputies: ['hx-002'],
      },
      {
        id: 'bus',
        name: '流动联络站',
        kind: 'mobile',
        address: '河西镇各村',
        location: { lng: 119.96, lat: 30.06, crs: 'wgs84' },
        reception: [],
        stops: [{ date: '2026-12-05', place: '东村文化礼堂' }],
        deputies: [],
      },
    ],
  });
  write('towns/hexi/suggestions.json', {
    $schema: schema('suggestions'),
    suggestions: [
      {
        id: 's-001',
        title: '东村路灯损坏',
        body: '东村路口路灯坏了三盏，请联系我13812345678。',
        category: '基础设施',
        source: 'scan',
        submitter: '王建国',
        submitterGender: 'male',
        deputies: ['hx-001'],
        station: 'center',
        history: [
          { stage: 'submitted', date: '2025-03-01' },
          { stage: 'accepted', date: '2025-03-02', actor: 'hx-001' },
          { stage: 'assigned', date: '2025-03-05', department: '镇建设办' },
          { stage: 'replied', date: '2025-04-01' },
          { stage: 'rated', date: '2025-04-10' },
        ],
        department: '镇建设办',
        outcome: 'A',
        satisfaction: 'satisfied',
        reply: '已更换路灯。',
      },
      {
        id: 's-002',
        title: '增设公交站',
        body: '希望增设公交站。',
        category: '道路交通',
        source: 'reception',
        submitter: '李梅',
        deputies: [],
        history: [{ stage: 'submitted', date: '2026-10-01' }],
      },
      {
        id: 's-003',
        title: '邻里纠纷',
        body: '不公开的事项，身份证330183199001011234。',
        category: '其他',
        source: 'visit',
        submitter: '赵某',
        public: false,
        deputies: [],
        history: [{ stage: 'submitted', date: '2026-09-01' }],
      },
    ],
  });
  write('towns/hexi/votes.json', {
    $schema: schema('votes'),
    votes: [
      {
        id: 'projects-2026',
        kind: 'project-ballot',
        title: '2026年民生实事项目票决',
        date: '2026-01-15',
        electorate: 50,
        ballotsIssued: 48,
        ballotsReturned: 48,
        seats: 1,
        candidates: [
          { id: 'road', name: '道路改造', investment: 300, for: 40, against: 5, abstain: 3 },
          { id: 'clinic', name: '卫生室改造', investment: 120, for: 20, against: 20, abstain: 8 },
        ],
      },
    ],
  });
  write('towns/hexi/news/2026-01-session.md', '---\ntitle: 镇人大召开第四次会议\ndate: 2026-01-15\nsummary: 票决民生实事项目\n---\n\n会议票决产生了**民生实事项目**。\n\n<script>alert(1)</script>\n');
  write('towns/hexi/pages/questioning.md', '---\ntitle: 大会问政\norder: 1\n---\n\n问政记录。\n');
  return dir;
}

/** A copy of a content tree to break in one test. */
export function copyContent(from: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'renda-content-'));
  cpSync(from, dir, { recursive: true });
  return dir;
}

/** Edits one JSON file in place. */
export function editJson(dir: string, file: string, edit: (value: any) => void): void {
  const path = join(dir, file);
  const value = JSON.parse(readFileSync(path, 'utf8'));
  edit(value);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
}
