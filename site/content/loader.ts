import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseJsonFile, type JsonFile } from './json-file.js';
import { contentPathProblem, entryKind, entryProblem, readContentText, realFolder } from './files.js';
import { readConstituencies } from './constituencies.js';
import { checkAssemblyMembers } from './assembly-members.js';
import { checkActivities, checkReceptions } from './duty-records.js';
import { checkActivityPhotos, checkProgressPhotos } from './photos.js';
import { lateProjectWarnings } from './project-warnings.js';
import { maskStaffMarkdown, maskStaffValue } from './staff-text.js';
import { markdown, parseFrontMatter } from './markdown.js';
import { maskSuggestion } from '../../domain/privacy.js';
import { checkDate, checkDeputies, checkSite, checkStations, checkSuggestions, checkTown, checkVotes } from './rules.js';
import { checkMapLayer } from './map-layer.js';
import { checkReferences, type RecordFile } from './references.js';
import { wordsFor } from './problem-words.js';
import { DEFAULT_LOCALE } from '../../domain/text/format.js';
import { closest, validateAgainstSchema, type SchemaKind } from './schemas.js';
import { todayInChina } from '../../domain/calendar/dates.js';
import type { Problem } from './problems.js';
import type {
  Article,
  Activity,
  ScoringRule,
  Deputy,
  Reception,
  LoadedContent,
  LoadedTown,
  SiteConfig,
  Station,
  Suggestion,
  Locale,
  Town,
  TownMapLayer,
  VoteEvent,
} from '../../domain/model.js';

export interface LoadOptions {
  /** Only these towns (slugs); all when absent or empty. */
  towns?: readonly string[];
  /** Read and check `site.json` only, no town (the last step of a sharded build). */
  siteOnly?: boolean;
  /** The date history entries may not be after; defaults to today in China. */
  today?: string;
  /** The language problems are written in; the webmaster's, zh-CN, by default. */
  locale?: Locale;
}

export interface LoadResult {
  /** Present only when there were no problems. */
  content?: LoadedContent;
  problems: Problem[];
  /** What `renda check` prints but does not fail on, e.g. a mobile number in a deputy's bio. */
  warnings: Problem[];
}

const TOWN_FILES = ['town.json', 'deputies.json', 'stations.json', 'suggestions.json', 'votes.json', 'receptions.json', 'activities.json', 'scoring.json'] as const;

/** The entries of `towns/` that may be towns, in the order the site lists them. */
function townFolderEntries(townsDir: string) {
  return readdirSync(townsDir, { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith('.'))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The towns' slugs (their folders' names) in the site's order, without reading them. */
export function townSlugs(contentDir: string): string[] {
  const townsDir = join(contentDir, 'towns');
  return existsSync(townsDir) ? townFolderEntries(townsDir).filter((entry) => entry.isDirectory() && !entry.isSymbolicLink()).map((entry) => entry.name) : [];
}

/**
 * Reads, validates, masks and links all content. This is the one door every page, data file
 * and feed goes through: personal data is masked here and `public: false` items end here.
 */
export function loadContent(contentDir: string, options: LoadOptions = {}): LoadResult {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const today = options.today ?? todayInChina();
  const locale = options.locale ?? DEFAULT_LOCALE;
  const say = wordsFor(locale);
  const rel = (path: string) => relative(contentDir, path).split(sep).join('/');

  /**
   * Reads, parses and validates one file. `parsed` is the file as far as it could be read (for
   * references, checked whatever its other problems); `valid` only when it passed its schema.
   */
  function readJsonFile(path: string, kind: SchemaKind, required: boolean): { parsed: RecordFile; valid?: JsonFile } {
    const found = entryKind(root, path);
    if (found === 'missing') {
      if (required) problems.push({ file: rel(path), message: say('fileMissing'), expected: say('fileMissingExpected', { kind }), found: say('fileMissingFound') });
      return { parsed: 'absent' };
    }
    const read = readContentText(root, path, rel(path), say);
    problems.push(...read.problems);
    if (read.text === undefined) return { parsed: undefined };
    const parsed = parseJsonFile(rel(path), read.text, locale);
    problems.push(...parsed.problems);
    if (!parsed.json) return { parsed: undefined };
    const schemaProblems = validateAgainstSchema(kind, parsed.json);
    problems.push(...schemaProblems);
    return schemaProblems.length === 0 ? { parsed: parsed.json, valid: parsed.json } : { parsed: parsed.json };
  }
  const readJson = (path: string, kind: SchemaKind, required: boolean): JsonFile | undefined => readJsonFile(path, kind, required).valid;

  if (!existsSync(contentDir) || !statSync(contentDir).isDirectory()) {
    return { problems: [{ file: contentDir, message: say('noContentFolder'), expected: say('noContentFolderExpected'), found: say('valueNothing') }], warnings };
  }
  // Links inside the content are followed; a link that leads out of it is reported, never read.
  const root = realFolder(contentDir);
  const siteJson = readJson(join(contentDir, 'site.json'), 'site', true);
  if (siteJson) problems.push(...checkSite(siteJson, siteJson.value as SiteConfig));
  const townsDir = join(contentDir, 'towns');
  const townsKind = entryKind(root, townsDir);
  const townsWrong = entryProblem('towns/', townsKind, 'folder', say);
  if (townsWrong) problems.push(townsWrong);
  const slugs: string[] = [];
  if (townsKind === 'folder') {
    for (const entry of townFolderEntries(townsDir)) {
      if (entry.isSymbolicLink())
        problems.push({
          file: `towns/${entry.name}`,
          message: say('townLink'),
          expected: say('townLinkExpected'),
          found: say('townLinkFound'),
          fix: say('townLinkFix'),
        });
      else if (entry.isDirectory()) slugs.push(entry.name);
      else
        problems.push({ file: `towns/${entry.name}`, message: say('fileInTowns'), expected: say('fileInTownsExpected'), found: say('aFile'), fix: say('fileInTownsFix') });
    }
  }
  if (slugs.length === 0) problems.push({ file: 'towns/', message: say('noTowns'), expected: say('noTownsExpected'), found: say('noTownsFound') });
  for (const wanted of options.towns ?? []) {
    if (!slugs.includes(wanted)) {
      const near = closest(wanted, slugs);
      problems.push({ file: `towns/${wanted}/`, message: say('noSuchTown', { slug: wanted }), expected: say('noSuchTownExpected', { slugs: slugs.join(', ') }), found: `"${wanted}"`, ...(near ? { fix: say('didYouMean', { name: near }) } : {}) });
    }
  }
  const selected = options.siteOnly ? [] : options.towns?.length ? slugs.filter((slug) => options.towns!.includes(slug)) : slugs;

  const towns: LoadedTown[] = [];
  for (const slug of selected) {
    const town = loadTown(join(townsDir, slug), slug);
    if (town) towns.push(town);
  }

  if (problems.length > 0 || !siteJson) return { problems, warnings };
  return { content: { site: siteJson.value as SiteConfig, towns }, problems, warnings };

  function loadTown(dir: string, slug: string): LoadedTown | undefined {
    const before = problems.length;
    if (!/^[a-z0-9][a-z0-9-]*$/.test(slug)) {
      problems.push({
        file: `towns/${slug}/`,
        message: say('townSlugUnsafe'),
        expected: say('townSlugUnsafeExpected'),
        found: `"${slug}"`,
        fix: say('townSlugUnsafeFix'),
      });
    }
    for (const entry of readdirSync(dir)) {
      if (entry.endsWith('.json') && !(TOWN_FILES as readonly string[]).includes(entry)) {
        const near = closest(entry, TOWN_FILES);
        problems.push({ file: rel(join(dir, entry)), message: say('unknownFile'), expected: say('unknownFileExpected', { files: TOWN_FILES.join(', ') }), found: `"${entry}"`, ...(near ? { fix: say('unknownFileFix', { name: near }) } : {}) });
      }
    }
    const townJson = readJson(join(dir, 'town.json'), 'town', true);
    const deputiesFile = readJsonFile(join(dir, 'deputies.json'), 'deputies', false);
    const stationsFile = readJsonFile(join(dir, 'stations.json'), 'stations', false);
    const suggestionsFile = readJsonFile(join(dir, 'suggestions.json'), 'suggestions', false);
    const votesFile = readJsonFile(join(dir, 'votes.json'), 'votes', false);
    const [deputiesJson, stationsJson, suggestionsJson, votesJson] = [deputiesFile.valid, stationsFile.valid, suggestionsFile.valid, votesFile.valid];
    const mapJson = readJson(join(dir, 'map.geojson'), 'map', false);
    const receptionsFile = readJsonFile(join(dir, 'receptions.json'), 'receptions', false);
    const activitiesFile = readJsonFile(join(dir, 'activities.json'), 'activities', false);
    const [receptionsJson, activitiesJson] = [receptionsFile.valid, activitiesFile.valid];
    const scoringJson = readJson(join(dir, 'scoring.json'), 'scoring', false);

    const suggestionFiles = loadSuggestionFiles(join(dir, 'suggestions'));

    const town = townJson?.value as Town | undefined;
    const deputies = (deputiesJson?.value as { deputies: Deputy[] } | undefined)?.deputies ?? [];
    const stations = (stationsJson?.value as { stations: Station[] } | undefined)?.stations ?? [];
    const listed = (suggestionsJson?.value as { suggestions: Suggestion[] } | undefined)?.suggestions ?? [];
    const suggestions = [...listed, ...suggestionFiles.map((f) => f.value as Suggestion)];
    const votes = (votesJson?.value as { votes: VoteEvent[] } | undefined)?.votes ?? [];
    const receptions = (receptionsJson?.value as { receptions: Reception[] } | undefined)?.receptions ?? [];
    const activities = (activitiesJson?.value as { activities: Activity[] } | undefined)?.activities ?? [];

    if (townJson && town) problems.push(...checkTown(townJson, town, slug));
    // References on every file that parsed, valid or not: every problem in one run.
    const references = checkReferences({
      deputies: deputiesFile.parsed,
      stations: stationsFile.parsed,
      suggestions: suggestionsFile.parsed,
      votes: votesFile.parsed,
      receptions: receptionsFile.parsed,
      activities: activitiesFile.parsed,
      moreSuggestionIds: suggestionFiles.map((f) => String((f.value as Suggestion).id)),
    });
    // A name where an id belongs breaks the id's format too: the reference says more, so it stands alone.
    const referenced = new Set(references.map((p) => `${p.file}|${p.path}`));
    for (let i = problems.length - 1; i >= before; i--) if (referenced.has(`${problems[i]!.file}|${problems[i]!.path}`)) problems.splice(i, 1);
    problems.push(...references);
    const listedIds = new Set(listed.map((s) => s.id));
    for (const file of suggestionFiles) {
      const suggestion = file.value as Suggestion;
      // The same rules as suggestions.json; paths are given inside the file.
      const inFile: JsonFile = { file: file.file, locale: file.locale, value: { suggestions: [suggestion] }, locate: (path) => file.locate(path.slice(2)) };
      const inFileProblems = [...checkSuggestions(inFile, [suggestion], today), ...checkReferences({ deputies: deputiesFile.parsed, stations: stationsFile.parsed, suggestions: inFile, votes: undefined })];
      for (const problem of inFileProblems) problems.push({ ...problem, path: problem.path?.replace(/^suggestions\[0\](?: \([^)]*\))?\.?/, '') || '(top level)' });
      const named = file.file.split('/').pop()!.slice(0, -'.json'.length);
      if (suggestion.id !== named)
        problems.push({ file: file.file, path: 'id', ...file.locate(['id']), message: say('suggestionFileIdDiffers'), expected: say('suggestionFileIdExpected', { id: named }), found: `"${suggestion.id}"`, fix: say('suggestionFileIdFix', { id: suggestion.id }) });
      else if (listedIds.has(suggestion.id))
        problems.push({ file: file.file, path: 'id', ...file.locate(['id']), message: say('suggestionFileTwice'), expected: say('suggestionFileTwiceExpected'), found: `"${suggestion.id}"` });
    }
    if (deputiesJson) problems.push(...checkDeputies(deputiesJson, deputies), ...checkAssemblyMembers(deputiesJson, rel(join(dir, 'deputies.json')), town, deputies));
    if (stationsJson) problems.push(...checkStations(stationsJson, stations));
    if (suggestionsJson) problems.push(...checkSuggestions(suggestionsJson, listed, today));
    if (votesJson) problems.push(...checkVotes(votesJson, votes));
    if (mapJson) problems.push(...checkMapLayer(mapJson, mapJson.value as TownMapLayer, town));
    if (receptionsJson) problems.push(...checkReceptions(receptionsJson, receptions, today));
    if (activitiesJson) problems.push(...checkActivities(activitiesJson, activities, today, town?.congress?.assembly));
    if (activitiesFile.parsed && activitiesFile.parsed !== 'absent') problems.push(...checkActivityPhotos(activitiesFile.parsed, dir));
    if (votesFile.parsed && votesFile.parsed !== 'absent') problems.push(...checkProgressPhotos(votesFile.parsed, dir));
    for (const [index, deputy] of deputies.entries()) {
      const wrong = deputy.photo === undefined || !deputiesJson ? undefined : contentPathProblem(dir, deputy.photo, say);
      if (wrong && deputiesJson) {
        problems.push({ file: rel(join(dir, 'deputies.json')), path: `deputies[${index}] (${deputy.id}).photo`, ...deputiesJson.locate(['deputies', index, 'photo']), ...wrong, message: say('photo', { message: wrong.message }) });
      }
    }
    const news = loadArticles(join(dir, 'news'), true);
    const pages = loadArticles(join(dir, 'pages'), false);
    if (problems.length > before || !town) return undefined;

    // Staff-written text: ID and card numbers masked, mobile numbers warned about.
    const publicTown = maskStaffValue(townJson!, town, warnings);
    const publicDeputies = deputiesJson ? readConstituencies(deputiesJson, rel(join(dir, 'deputies.json')), maskStaffValue(deputiesJson, { deputies }, warnings).deputies, warnings) : deputies;
    const publicStations = stationsJson ? maskStaffValue(stationsJson, { stations }, warnings).stations : stations;
    const publicVotes = votesJson ? maskStaffValue(votesJson, { votes }, warnings).votes : votes;
    if (votesJson) warnings.push(...lateProjectWarnings(votesJson, rel(join(dir, 'votes.json')), votes, today));
    linkDeputiesAndStations(publicDeputies, publicStations);
    return {
      town: publicTown,
      deputies: publicDeputies,
      stations: publicStations,
      suggestions: suggestions.flatMap((s) => maskSuggestion(s) ?? []),
      votes: publicVotes,
      news: news.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.slug.localeCompare(b.slug)),
      pages: pages.sort((a, b) => (a.order ?? 0) - (b.order ?? 0) || a.title.localeCompare(b.title, 'zh-CN')),
      ...(mapJson ? { map: mapJson.value as TownMapLayer } : {}),
      receptions: publicReceptions(receptionsJson, receptions, suggestions, warnings),
      activities: (activitiesJson ? maskStaffValue(activitiesJson, { activities }, warnings).activities : activities).sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id)),
      ...(scoringJson ? { scoring: scoringJson.value as ScoringRule } : {}),
    };
  }

  /**
   * Receptions as published: staff text masked, newest first, and a matter that became a
   * suggestion marked not public left out whole (its line would tell what the suggestion hides).
   */
  function publicReceptions(json: JsonFile | undefined, receptions: Reception[], suggestions: readonly Suggestion[], warnings: Problem[]): Reception[] {
    if (!json) return [];
    const hidden = new Set(suggestions.filter((s) => s.public === false).map((s) => s.id));
    return maskStaffValue(json, { receptions }, warnings)
      .receptions.map((r) => ({ ...r, matters: r.matters.filter((m) => !m.suggestion || !hidden.has(m.suggestion)) }))
      .sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
  }

  /**
   * `towns/<slug>/suggestions/<id>.json`: one suggestion per file, as the message desk writes
   * them (and a webmaster may edit). Hidden files (the desk's temporary files) are skipped.
   */
  function loadSuggestionFiles(folder: string): JsonFile[] {
    const folderKind = entryKind(root, folder);
    if (folderKind === 'missing') return [];
    const wrongFolder = entryProblem(`${rel(folder)}/`, folderKind, 'folder');
    if (wrongFolder) problems.push(wrongFolder);
    if (folderKind !== 'folder') return [];
    const files: JsonFile[] = [];
    for (const name of readdirSync(folder).sort()) {
      if (name.startsWith('.')) continue;
      if (!name.endsWith('.json')) {
        problems.push({ file: rel(join(folder, name)), message: say('unknownFile'), expected: say('suggestionFolderExpected'), found: `"${name}"` });
        continue;
      }
      const json = readJson(join(folder, name), 'suggestion', false);
      if (json) files.push(json);
    }
    return files;
  }

  function loadArticles(dir: string, isNews: boolean): Article[] {
    const folderKind = entryKind(root, dir);
    const wrongFolder = entryProblem(`${rel(dir)}/`, folderKind, 'folder', say);
    if (wrongFolder) problems.push(wrongFolder);
    if (folderKind !== 'folder') return [];
    const articles: Article[] = [];
    for (const name of readdirSync(dir).sort()) {
      if (!name.endsWith('.md')) continue;
      const path = join(dir, name);
      const file = rel(path);
      const slug = name.slice(0, -3);
      const read = readContentText(root, path, file, say);
      problems.push(...read.problems);
      if (read.text === undefined) continue;
      const { parsed, problems: parseProblems } = parseFrontMatter(file, read.text, locale);
      problems.push(...parseProblems);
      if (!parsed) continue;
      const schemaProblems = validateAgainstSchema('article', parsed.json).map((p) => ({ ...p, path: `front matter: ${p.path}` }));
      problems.push(...schemaProblems);
      if (!/^[a-z0-9][a-z0-9-]*$/.test(slug))
        problems.push({ file, message: say('articleNameUnsafe'), expected: say('articleNameUnsafeExpected'), found: `"${name}"` });
      if (isNews && parsed.data.date === undefined)
        problems.push({ file, path: 'front matter: date', line: 2, column: 1, message: say('newsNeedsDate'), expected: say('newsNeedsDateExpected'), found: say('valueNothing') });
      if (schemaProblems.length > 0) continue;
      if (typeof parsed.data.date === 'string') {
        const dateProblems = checkDate(parsed.json, ['date'], parsed.data.date).map((p) => ({ ...p, path: 'front matter: date' }));
        problems.push(...dateProblems);
        if (dateProblems.length > 0) continue;
      }
      const data = maskStaffValue(parsed.json, parsed.data as { title: string; date?: string; summary?: string; order?: number }, warnings);
      articles.push({
        slug,
        file,
        title: data.title,
        html: markdown.render(maskStaffMarkdown(file, parsed.body, parsed.bodyLine, warnings, say)),
        ...(data.date !== undefined ? { date: data.date } : {}),
        ...(data.summary !== undefined ? { summary: data.summary } : {}),
        ...(data.order !== undefined ? { order: data.order } : {}),
      });
    }
    return articles;
  }
}

/** A link written on either side counts for both: webmasters should not have to write it twice. */
function linkDeputiesAndStations(deputies: Deputy[], stations: Station[]): void {
  const stationById = new Map(stations.map((s) => [s.id, s]));
  const deputyById = new Map(deputies.map((d) => [d.id, d]));
  for (const deputy of deputies) {
    for (const stationId of deputy.stations) {
      const station = stationById.get(stationId);
      if (station && !station.deputies.includes(deputy.id)) station.deputies = [...station.deputies, deputy.id];
    }
  }
  for (const station of stations) {
    for (const deputyId of station.deputies) {
      const deputy = deputyById.get(deputyId);
      if (deputy && !deputy.stations.includes(station.id)) deputy.stations = [...deputy.stations, station.id];
    }
  }
}
