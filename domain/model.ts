/**
 * The content model: what a town webmaster writes in `content/`.
 * Each file kind has a JSON Schema in `site/schemas/`; these types mirror them. Every layer
 * (widgets, site, server, scripts) reads the model from here.
 * Dates are ISO `YYYY-MM-DD` strings; times ISO 8601 with offset.
 */

import type { ConstituencyUnit } from './constituencies.js';

/** The languages every page and widget speaks; zh-CN first. */
export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** `content/site.json` */
export interface SiteConfig {
  $schema?: string;
  title: string;
  /** Absolute URL where the built output is published; QR codes encode URLs built from it. */
  baseUrl: string;
  defaultLocale: Locale;
  /** Base URL of the participation API (`server/`), when the site has one. */
  participationApi?: string;
  /** Pattern for a deputy's contact URL; `{baseUrl}`, `{town}` and `{id}` are replaced. */
  deputyUrlPattern?: string;
  /** Pattern for a station's URL; `{baseUrl}`, `{town}` and `{id}` are replaced. */
  stationUrlPattern?: string;
}

export type TownKind = 'town' | 'township' | 'subdistrict';

export interface Contact {
  name: string;
  phone?: string;
  address?: string;
  email?: string;
  hours?: string;
}

/** `content/towns/<slug>/town.json` */
export interface Town {
  $schema?: string;
  slug: string;
  /** The 12-digit administrative division code (统计用区划代码). */
  code: string;
  name: string;
  kind: TownKind;
  province: string;
  city: string;
  county: string;
  /**
   * The town's deputies' body: a congress (人民代表大会) for a 镇/乡; for a 街道 the
   * 人大工委 (working committee), often with a 议政代表会 (`assembly`).
   */
  congress: {
    name: string;
    /** `congress` for 镇/乡; `working-committee` for 街道 (no congress there). */
    kind: 'congress' | 'working-committee';
    /** Name of the residents' and deputies' assembly of a subdistrict (议政代表会). */
    assembly?: string;
    /**
     * What the 议政代表会's decisions are: `advisory` (建议性, the default: the 街道 decides) or
     * `binding` (the 街道 has declared it will carry out what the assembly decides).
     */
    assemblyDecisions?: 'advisory' | 'binding';
    /** Which term (届), e.g. 18 for 第十八届. */
    term: number;
    termStart: string;
    termEnd: string;
    /** Number of deputies elected (a township congress: 45 + 1 per 1,500 residents, at most 160). */
    deputies: number;
  };
  contacts: Contact[];
  /** 审图号: required before a map may show administrative boundaries. */
  mapReviewNumber?: string;
  /** Plain-words introduction shown on the town's home page. */
  intro?: string;
  /** Words printed on the deputies' QR posters; defaults to “有事找代表 扫码说”. */
  posterSlogan?: string;
  /** Optional map tiles under the stations map; without them the map is a schematic. */
  map?: TownMapConfig;
  /** The town's own days off and extra working days, on top of the national holiday calendar. */
  calendar?: { holidays?: string[]; workdays?: string[] };
}

/** An XYZ tile service for the stations map (天地图 with its key, AMap, a town's own…). */
export interface TownMapConfig {
  /** Template with `{z}`, `{x}`, `{y}` (and optionally `{s}`, `{-y}`). */
  tiles: string;
  /** The coordinate system the tiles are drawn in: AMap/Tencent gcj02, 天地图 wgs84. */
  tilesCrs: Crs;
  tilesSubdomains?: string;
  /** Shown on the map: the provider's name and its own 审图号, as its terms require. */
  tilesAttribution?: string;
  tilesMaxZoom?: number;
}

export const MAP_FEATURE_KINDS = ['road', 'village', 'water', 'boundary', 'area'] as const;
export type MapFeatureKind = (typeof MAP_FEATURE_KINDS)[number];

export type MapGeometry =
  | { type: 'LineString'; coordinates: number[][] }
  | { type: 'MultiLineString'; coordinates: number[][][] }
  | { type: 'Polygon'; coordinates: number[][][] }
  | { type: 'MultiPolygon'; coordinates: number[][][][] };

export interface MapFeature {
  type: 'Feature';
  properties: { kind: MapFeatureKind; name?: string };
  geometry: MapGeometry;
}

/**
 * `content/towns/<slug>/map.geojson`: the town's own roads, village outlines and water for the
 * schematic stations map. A `boundary` is drawn only when town.json has a `mapReviewNumber`.
 */
export interface TownMapLayer {
  $schema?: string;
  type: 'FeatureCollection';
  /** The system the coordinates were taken in; GeoJSON's default is wgs84. */
  coordinateSystem?: Crs;
  features: MapFeature[];
}

export const DEPUTY_LEVELS = ['national', 'provincial', 'city', 'county', 'township'] as const;
export type DeputyLevel = (typeof DEPUTY_LEVELS)[number];

/** One entry of `deputies.json` */
export interface Deputy {
  /** The deputy's number (代表编号); URL-safe, unique in the town. */
  id: string;
  name: string;
  levels: DeputyLevel[];
  /**
   * The 选区 as written, e.g. "第1选区（枫泉社区）；富春区第39选区（…）". When content gives
   * `constituencies` instead, the loader writes this line from the list.
   */
  constituency: string;
  /** The 选区 as data: each unit the deputy was elected in (domain/constituencies.ts reads the text form). */
  constituencies?: ConstituencyUnit[];
  /**
   * `assembly-member`: a 议政代表 of a 街道's 议政代表会 who is not a deputy to any congress
   * (no `levels`, no 选区; listed and shown as 议政代表). Default: a deputy.
   */
  kind?: 'deputy' | 'assembly-member';
  /** Ids of the stations the deputy is stationed at. */
  stations: string[];
  title?: string;
  occupation?: string;
  /** e.g. 主席团成员, 人大主席. */
  roles?: string[];
  /** Photo URL or path relative to the town folder. */
  photo?: string;
  bio?: string;
  /** e.g. 2022—2026 or 第十八届. */
  term?: string;
  gender?: 'male' | 'female';
}

export const STATION_KINDS = ['center', 'station', 'point', 'mobile'] as const;
export type StationKind = (typeof STATION_KINDS)[number];
export const CRS = ['wgs84', 'gcj02', 'bd09'] as const;
export type Crs = (typeof CRS)[number];

export interface GeoPoint {
  lng: number;
  lat: number;
  crs: Crs;
}

/** A reception rule, e.g. “每月10日”, “每周二上午”, “每季最后一周”, or a one-off date. */
export type ReceptionRule =
  | { kind: 'monthly'; day: number; time?: string; label?: string; onHoliday?: OnHoliday }
  | { kind: 'weekly'; weekday: number; halfDay?: 'morning' | 'afternoon' | 'all-day'; time?: string; label?: string; onHoliday?: OnHoliday }
  | { kind: 'quarterly-last-week'; time?: string; label?: string; onHoliday?: OnHoliday }
  | { kind: 'once'; date: string; time?: string; label?: string; onHoliday?: OnHoliday };

/**
 * What a reception does when it falls on a day off (a weekend or an official public holiday):
 * moves to the next working day (the default), is skipped, or is kept (a station open then).
 * A weekly rule on a Saturday or Sunday, and a dated one, keep their weekend day; holidays still count.
 */
export type OnHoliday = 'next-working-day' | 'skip' | 'keep';

/** A dated stop of a mobile station (流动联络站). */
export interface MobileStop {
  date: string;
  place: string;
  time?: string;
  location?: GeoPoint;
}

/** One entry of `stations.json` */
export interface Station {
  id: string;
  name: string;
  kind: StationKind;
  /** Themed stations: enterprise, project, shop, community, village, park, building, school, … */
  theme?: string;
  address: string;
  location: GeoPoint;
  phone?: string;
  reception: ReceptionRule[];
  /** Mobile stations only: where they go, and when. */
  stops?: MobileStop[];
  deputies: string[];
  description?: string;
}

/** One matter raised at a reception: what it was, and what became of it. */
export interface ReceptionMatter {
  /** The matter in a line, as the station's record says it. */
  text: string;
  /** The suggestion it became (an id in suggestions.json). */
  suggestion?: string;
  /** The answer given on the spot, when it was settled there. */
  answer?: string;
}

/**
 * One reception at a station (进站接待), `receptions.json`: the day, the deputies present, how
 * many residents came and what they raised.
 */
export interface Reception {
  id: string;
  station: string;
  date: string;
  /** Deputies present (ids in deputies.json). */
  deputies: string[];
  /** Residents who came. */
  residents: number;
  matters: ReceptionMatter[];
  note?: string;
}

/**
 * Deputies' activities (`activities.json`): 代表小组活动, 小队会, 代表课堂, 进站会商一件事, 视察,
 * and the 议政代表会's meetings.
 */
export const ACTIVITY_KINDS = ['group', 'team-meeting', 'class', 'consultation', 'inspection', 'assembly-meeting'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

/** A photo of an activity or a project's progress: a file in the town's folder, described for those who cannot see it. */
export interface Photo {
  /** Relative to the town's folder, e.g. `photos/a-2026-05.jpg`. */
  src: string;
  /** What it shows (required: the page's `alt`). */
  alt: string;
  caption?: string;
}

export interface Activity {
  id: string;
  kind: ActivityKind;
  title: string;
  date: string;
  /** Deputies who took part (ids in deputies.json). */
  deputies: string[];
  /** Where, when at a station. */
  station?: string;
  /** What came of it. */
  outcome?: string;
  /** A 议政代表会 meeting's decisions, one sentence each (advisory or binding as the town declares). */
  decisions?: string[];
  photos?: Photo[];
}

/** What an item of a town's scoring rule (`scoring.json`, domain/deputies/scoring.ts) counts, read from a period of the record. */
export const SCORE_MEASURES = ['receptions', 'residentsMet', 'raised', 'received', 'done', 'satisfied', 'activities', ...(/* @__PURE__ */ ACTIVITY_KINDS.map((kind) => `activities:${kind}` as const))] as const;
export type ScoreMeasure = (typeof SCORE_MEASURES)[number];

export interface ScoringItem {
  name: string;
  measure: ScoreMeasure;
  /** Points for each one counted. */
  points: number;
  /** At most this many points from the item. */
  max?: number;
}

export interface ScoringCategory {
  name: string;
  items: ScoringItem[];
}

/** `towns/<slug>/scoring.json`. */
export interface ScoringRule {
  title: string;
  /** Who adopted it and when, in a sentence. */
  adopted?: string;
  note?: string;
  categories: ScoringCategory[];
}

export const STAGES = [
  'submitted',
  'accepted',
  'reviewed',
  'assigned',
  'replied',
  'fed-back',
  'rated',
  'closed',
  'resolved-on-site',
  'reopened',
] as const;
export type Stage = (typeof STAGES)[number];

export const OUTCOMES = ['A', 'B', 'C', 'D'] as const;
export type Outcome = (typeof OUTCOMES)[number];
export const SATISFACTIONS = ['satisfied', 'basically-satisfied', 'unsatisfied'] as const;
export type Satisfaction = (typeof SATISFACTIONS)[number];
export const SOURCES = ['scan', 'reception', 'visit', 'session', 'recess', 'questioning', 'meet-the-head', 'other'] as const;
export type SuggestionSource = (typeof SOURCES)[number];

/** One dated step of a suggestion's closed loop. */
export interface HistoryEntry {
  stage: Stage;
  date: string;
  /** Who acted: a deputy id, a station id, or a department's name. */
  actor?: string;
  /** `assigned`: the department handling it (主办). */
  department?: string;
  /** `assigned`: the reply deadline, when it differs from the legal default. */
  deadline?: string;
  /** `assigned`: a wide or hard matter (6 months instead of 3). */
  complex?: boolean;
  note?: string;
}

/** One entry of `suggestions.json` */
export interface Suggestion {
  id: string;
  title: string;
  body: string;
  category: string;
  source: SuggestionSource;
  /**
   * The sitting where it was raised, for items raised together: "镇人大年中会议大会问政环节",
   * "第一期“镇长有约”活动". The 大会问政 and 乡长有约 pages group items by it and their date.
   */
  meeting?: string;
  /** The submitter's name as given. Never published: the loader masks it (张先生, 某). */
  submitter?: string;
  submitterGender?: 'male' | 'female';
  /** false: never published anywhere. Defaults to true. */
  public?: boolean;
  deputies: string[];
  station?: string;
  history: HistoryEntry[];
  department?: string;
  coDepartments?: string[];
  outcome?: Outcome;
  satisfaction?: Satisfaction;
  reply?: string;
}

/** One step of a livelihood project's progress: the day, how far (percent or a milestone), a short report. */
export interface ProjectProgress {
  date: string;
  /** 0–100. */
  percent?: number;
  /** e.g. 完成招标, 主体完工. */
  milestone?: string;
  report?: string;
  photos?: Photo[];
}

export interface BallotCandidate {
  id: string;
  name: string;
  /** 万元 */
  investment?: number;
  description?: string;
  /** Planned completion, YYYY-MM or YYYY-MM-DD. */
  completion?: string;
  /** A chosen project followed through the year: dated progress, newest last. */
  progress?: ProjectProgress[];
  /** The day the project was completed (竣工), once it is. */
  completed?: string;
  for: number;
  against: number;
  abstain: number;
}

export interface PollCandidate {
  id: string;
  name: string;
  description?: string;
  votes?: number;
}

/** Deputies' binding vote (票决) on livelihood projects. */
export interface ProjectBallot {
  id: string;
  kind: 'project-ballot';
  title: string;
  date: string;
  session?: string;
  /** All deputies of the congress: a project passes with more than half of these. */
  electorate: number;
  ballotsIssued: number;
  ballotsReturned: number;
  /** How many projects are to be chosen (差额: fewer seats than candidates). */
  seats: number;
  candidates: BallotCandidate[];
}

/** Residents' advisory poll among candidates. */
export interface Poll {
  id: string;
  kind: 'poll';
  title: string;
  description?: string;
  opens: string;
  closes: string;
  maxPicks: number;
  /** `live`: results shown while open; `after-close`: only after closing. */
  showResults: 'live' | 'after-close';
  candidates: PollCandidate[];
}

/** Who rates: residents online (advisory), or the deputies at the year-end session (recorded, never cast online). */
export const RATERS = ['residents', 'deputies'] as const;
export type Raters = (typeof RATERS)[number];

/**
 * A satisfaction rating of a suggestion or a project. A project chosen by a 票决 names that ballot
 * (`subject.ballot`): the ratings naming one ballot are the year-end rating of its whole batch
 * (domain/votes/projects.ts `batchRatings`).
 */
export interface Rating {
  id: string;
  kind: 'rating';
  title: string;
  subject: { type: 'suggestion' | 'project'; id: string; ballot?: string };
  /** `residents` (the default): cast online, advisory. `deputies`: the deputies' year-end rating, counted at the session and recorded in `results`. */
  raters?: Raters;
  opens?: string;
  closes?: string;
  results?: Record<Satisfaction, number>;
}

export type VoteEvent = ProjectBallot | Poll | Rating;

/** Front matter of `news/*.md` and `pages/*.md`. */
export interface Article {
  /** File name without `.md`: the page's URL segment. */
  slug: string;
  title: string;
  date?: string;
  summary?: string;
  /** Pages: order in the menu. */
  order?: number;
  /** Rendered HTML (Markdown without raw HTML). */
  html: string;
  /** Source file, relative to the content folder. */
  file: string;
}

/** A suggestion as published: submitter masked, free text scrubbed, private items gone. */
export interface PublicSuggestion extends Omit<Suggestion, 'submitter' | 'submitterGender' | 'public'> {
  submitter: string;
}

/** One town after loading: validated, masked, ready to publish. */
export interface LoadedTown {
  town: Town;
  deputies: Deputy[];
  stations: Station[];
  suggestions: PublicSuggestion[];
  votes: VoteEvent[];
  news: Article[];
  pages: Article[];
  /** The town's `map.geojson`, when it has one. */
  map?: TownMapLayer;
  /** Receptions at the stations (`receptions.json`), newest first. */
  receptions: Reception[];
  /** Deputies' activities (`activities.json`), newest first. */
  activities: Activity[];
  /** The town's scoring rule for the 履职档案 (`scoring.json`), when it has adopted one. */
  scoring?: ScoringRule;
}

export interface LoadedContent {
  site: SiteConfig;
  towns: LoadedTown[];
}
