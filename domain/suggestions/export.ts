/**
 * The current view as files: CSV for people (a spreadsheet: the locale's words, one row per
 * suggestion, one date column per stage) and JSON for programs (codes, the full history, the
 * computed clock). The town site's open-data `suggestions.csv` is the same CSV of every item.
 */
import type { Locale, PublicSuggestion, Stage } from '../model.js';
import { STAGES } from '../model.js';
import { OUTCOME_LABELS, SATISFACTION_LABELS, SOURCE_LABELS, STAGE_LABELS } from '../text/labels.js';
import type { IsoDate } from '../calendar/dates.js';
import { stageDates, type SuggestionStanding } from './loop.js';
import * as ZH from '../text/translations/zh-CN.js';
import * as EN from '../text/translations/en.js';

/** Names for the ids a suggestion refers to; an id without a name is shown as it is. */
export interface NameLookup {
  deputies?: ReadonlyMap<string, string>;
  stations?: ReadonlyMap<string, string>;
}

export interface ExportOptions {
  locale: Locale;
  names?: NameLookup;
  /** The public address of a suggestion's page, for a link column. */
  link?: (id: string) => string;
}

const CLOCK_LABELS: Record<Locale, Record<'running' | 'overdue' | 'on-time' | 'late', string>> = { 'zh-CN': ZH.clockStatus, en: EN.clockStatus };

const HEADERS: Record<Locale, Record<string, string>> = { 'zh-CN': ZH.csvHeaders, en: EN.csvHeaders };

/** A cell that a spreadsheet would run as a formula (=, +, -, @) is prefixed with ' (OWASP CSV injection). */
function guard(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** RFC 4180: quoted when it holds a comma, quote or line break; quotes doubled. */
export function csvCell(value: string | number | undefined): string {
  if (value === undefined) return '';
  const text = typeof value === 'number' ? String(value) : guard(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const nameOf = (map: ReadonlyMap<string, string> | undefined, id: string) => map?.get(id) ?? id;

/**
 * CSV of the suggestions at `indices` (in that order): UTF-8 with a byte-order mark so Excel
 * opens Chinese text correctly, CRLF line ends, the header in the locale's words.
 */
export function suggestionsCsv(
  suggestions: readonly PublicSuggestion[],
  standings: readonly SuggestionStanding[],
  indices: ArrayLike<number>,
  options: ExportOptions,
): string {
  const { locale, names, link } = options;
  const h = HEADERS[locale];
  const list = locale === 'zh-CN' ? '、' : '; ';
  const header = [
    h.id!, h.title!, h.category!, h.source!, h.submitter!, h.deputies!, h.station!, h.department!, h.coDepartments!, h.stage!,
    h.outcome!, h.satisfaction!, h.daysOpen!, h.replyDue!, h.clock!, h.rounds!,
    ...STAGES.map((stage) => h.stageDate!.replace('{stage}', STAGE_LABELS[locale][stage])),
    h.body!, h.reply!, ...(link ? [h.link!] : []),
  ];
  const lines = [header.map(csvCell).join(',')];
  for (let k = 0; k < indices.length; k++) {
    const i = indices[k]!;
    const s = suggestions[i]!;
    const st = standings[i]!;
    const dates = stageDates(s.history);
    const row: (string | number | undefined)[] = [
      s.id,
      s.title,
      s.category,
      SOURCE_LABELS[locale][s.source],
      s.submitter,
      s.deputies.map((id) => nameOf(names?.deputies, id)).join(list),
      s.station ? nameOf(names?.stations, s.station) : undefined,
      st.department,
      s.coDepartments?.join(list),
      STAGE_LABELS[locale][st.stage],
      s.outcome ? OUTCOME_LABELS[locale][s.outcome] : undefined,
      s.satisfaction ? SATISFACTION_LABELS[locale][s.satisfaction] : undefined,
      st.daysOpen,
      st.clock?.due,
      st.clock?.status ? CLOCK_LABELS[locale][st.clock.status] : undefined,
      st.rounds.length,
      ...STAGES.map((stage: Stage) => dates[stage]),
      s.body,
      s.reply,
      ...(link ? [link(s.id)] : []),
    ];
    lines.push(row.map(csvCell).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** What the JSON export adds to each published suggestion. */
export interface ExportedSuggestion extends PublicSuggestion {
  stage: Stage;
  daysOpen: number;
  finished: boolean;
  overdue: boolean;
  replyDue?: IsoDate;
  clock?: string;
  /** The first date each stage was reached; `null` when not (yet). */
  stageDates: Record<Stage, IsoDate | null>;
  rounds: { round: number; reopened: boolean; department?: string; startedOn?: IsoDate; due?: IsoDate; basis?: string; answeredOn?: IsoDate; status?: string }[];
  link?: string;
}

export interface JsonExport {
  /** The day the clocks were read on. */
  asOf: IsoDate;
  /** The view that was exported (scope, filters, sort), so the file says what it holds. */
  view: unknown;
  count: number;
  suggestions: ExportedSuggestion[];
}

/** JSON of the suggestions at `indices`: the published record plus the computed standing, codes not words. */
export function suggestionsJson(
  suggestions: readonly PublicSuggestion[],
  standings: readonly SuggestionStanding[],
  indices: ArrayLike<number>,
  options: { asOf: IsoDate; view?: unknown; link?: (id: string) => string },
): string {
  const out: ExportedSuggestion[] = [];
  for (let k = 0; k < indices.length; k++) {
    const i = indices[k]!;
    const s = suggestions[i]!;
    const st = standings[i]!;
    const dates = stageDates(s.history);
    out.push({
      ...s,
      stage: st.stage,
      daysOpen: st.daysOpen,
      finished: st.finished,
      overdue: st.overdue,
      ...(st.clock?.due ? { replyDue: st.clock.due } : {}),
      ...(st.clock?.status ? { clock: st.clock.status } : {}),
      stageDates: Object.fromEntries(STAGES.map((stage) => [stage, dates[stage] ?? null])) as Record<Stage, IsoDate | null>,
      rounds: st.rounds.map(({ round, reopened, department, startedOn, due, basis, answeredOn, status }) => ({
        round,
        reopened,
        ...(department ? { department } : {}),
        ...(startedOn ? { startedOn } : {}),
        ...(due ? { due } : {}),
        ...(basis ? { basis } : {}),
        ...(answeredOn ? { answeredOn } : {}),
        ...(status ? { status } : {}),
      })),
      ...(options.link ? { link: options.link(s.id) } : {}),
    });
  }
  const file: JsonExport = { asOf: options.asOf, view: options.view ?? null, count: out.length, suggestions: out };
  return `${JSON.stringify(file, null, 2)}\n`;
}
