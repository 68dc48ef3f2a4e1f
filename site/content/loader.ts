import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseJsonFile, type JsonFile } from './json-file.js';
import { contentPathProblem, entryKind, entryProblem, readContentText, realFolder } from './files.js';
import { readConstituencies } from './constituencies.js';
import { checkAssemblyMembers } from './assembly-members.js';
import { checkActivities, checkReceptions } from './duty-records.js';
import { lateProjectWarnings } from './project-warnings.js';
import { maskStaffMarkdown, maskStaffValue } from './staff-text.js';
import { markdown, parseFrontMatter } from './markdown.js';
import { maskSuggestion } from '../../domain/privacy.js';
import { checkDate, checkDeputies, checkSite, checkStations, checkSuggestions, checkTown, checkVotes } from './rules.js';
import { checkMapLayer } from './map-layer.js';
import { closest, validateAgainstSchema, type SchemaKind } from './schemas.js';
import { todayInChina } from '../../domain/calendar/dates.js';
import type { Problem } from './problems.js';
import type {
  Article,
  Activity,
  Deputy,
  Reception,
  LoadedContent,
  LoadedTown,
  SiteConfig,
  Station,
  Suggestion,
  Town,
  TownMapLayer,
  VoteEvent,
} from '../../domain/model.js';

export interface LoadOptions {
  /** Only these towns (slugs); all when empty. */
  towns?: readonly string[];
  /** The date history entries may not be after; defaults to today in China. */
  today?: string;
}

export interface LoadResult {
  /** Present only when there were no problems. */
  content?: LoadedContent;
  problems: Problem[];
  /** What `renda check` prints but does not fail on, e.g. a mobile number in a deputy's bio. */
  warnings: Problem[];
}

const TOWN_FILES = ['town.json', 'deputies.json', 'stations.json', 'suggestions.json', 'votes.json', 'receptions.json', 'activities.json'] as const;

/**
 * Reads, validates, masks and links all content. This is the one door every page, data file
 * and feed goes through: personal data is masked here and `public: false` items end here.
 */
export function loadContent(contentDir: string, options: LoadOptions = {}): LoadResult {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const today = options.today ?? todayInChina();
  const rel = (path: string) => relative(contentDir, path).split(sep).join('/');

  function readJson(path: string, kind: SchemaKind, required: boolean): JsonFile | undefined {
    const found = entryKind(root, path);
    if (found === 'missing') {
      if (required) problems.push({ file: rel(path), message: 'this file is missing', expected: `a ${kind} file (see site/schemas/${kind}.schema.json)`, found: 'no file' });
      return undefined;
    }
    const read = readContentText(root, path, rel(path));
    problems.push(...read.problems);
    if (read.text === undefined) return undefined;
    const parsed = parseJsonFile(rel(path), read.text);
    problems.push(...parsed.problems);
    if (!parsed.json) return undefined;
    const schemaProblems = validateAgainstSchema(kind, parsed.json);
    problems.push(...schemaProblems);
    return schemaProblems.length === 0 ? parsed.json : undefined;
  }

  if (!existsSync(contentDir) || !statSync(contentDir).isDirectory()) {
    return { problems: [{ file: contentDir, message: 'the content folder does not exist', expected: 'a folder with site.json and towns/', found: 'nothing' }], warnings };
  }
  // Links inside the content are followed; a link that leads out of it is reported, never read.
  const root = realFolder(contentDir);
  const siteJson = readJson(join(contentDir, 'site.json'), 'site', true);
  if (siteJson) problems.push(...checkSite(siteJson, siteJson.value as SiteConfig));
  const townsDir = join(contentDir, 'towns');
  const townsKind = entryKind(root, townsDir);
  const townsWrong = entryProblem('towns/', townsKind, 'folder');
  if (townsWrong) problems.push(townsWrong);
  const slugs: string[] = [];
  if (townsKind === 'folder') {
    for (const entry of readdirSync(townsDir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.')) continue;
      if (entry.isSymbolicLink())
        problems.push({
          file: `towns/${entry.name}`,
          message: 'a town folder that is a symbolic link',
          expected: 'a real folder towns/<slug>/ inside the content folder',
          found: 'a symbolic link (not followed)',
          fix: 'move or copy the town’s folder into towns/ instead of linking to it',
        });
      else if (entry.isDirectory()) slugs.push(entry.name);
      else
        problems.push({ file: `towns/${entry.name}`, message: 'a file where town folders belong', expected: 'only folders towns/<slug>/ in towns/', found: 'a file', fix: 'move the file out of towns/' });
    }
  }
  if (slugs.length === 0) problems.push({ file: 'towns/', message: 'no towns', expected: 'a folder towns/<slug>/ with a town.json', found: 'none' });
  for (const wanted of options.towns ?? []) {
    if (!slugs.includes(wanted)) {
      const near = closest(wanted, slugs);
      problems.push({ file: `towns/${wanted}/`, message: `no town "${wanted}"`, expected: `one of ${slugs.join(', ')}`, found: `"${wanted}"`, ...(near ? { fix: `did you mean "${near}"?` } : {}) });
    }
  }
  const selected = options.towns?.length ? slugs.filter((slug) => options.towns!.includes(slug)) : slugs;

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
        message: 'the town folder name is not URL-safe',
        expected: 'lowercase letters a-z, digits and "-", e.g. "baiquan"',
        found: `"${slug}"`,
        fix: 'rename the folder (and the slug in town.json) in pinyin, e.g. 白泉镇 → baiquan',
      });
    }
    for (const entry of readdirSync(dir)) {
      if (entry.endsWith('.json') && !(TOWN_FILES as readonly string[]).includes(entry)) {
        const near = closest(entry, TOWN_FILES);
        problems.push({ file: rel(join(dir, entry)), message: 'unknown file', expected: `one of ${TOWN_FILES.join(', ')}`, found: `"${entry}"`, ...(near ? { fix: `rename it to ${near}` } : {}) });
      }
    }
    const townJson = readJson(join(dir, 'town.json'), 'town', true);
    const deputiesJson = readJson(join(dir, 'deputies.json'), 'deputies', false);
    const stationsJson = readJson(join(dir, 'stations.json'), 'stations', false);
    const suggestionsJson = readJson(join(dir, 'suggestions.json'), 'suggestions', false);
    const votesJson = readJson(join(dir, 'votes.json'), 'votes', false);
    const mapJson = readJson(join(dir, 'map.geojson'), 'map', false);
    const receptionsJson = readJson(join(dir, 'receptions.json'), 'receptions', false);
    const activitiesJson = readJson(join(dir, 'activities.json'), 'activities', false);

    const suggestionFiles = loadSuggestionFiles(join(dir, 'suggestions'));

    const town = townJson?.value as Town | undefined;
    const deputies = (deputiesJson?.value as { deputies: Deputy[] } | undefined)?.deputies ?? [];
    const stations = (stationsJson?.value as { stations: Station[] } | undefined)?.stations ?? [];
    const listed = (suggestionsJson?.value as { suggestions: Suggestion[] } | undefined)?.suggestions ?? [];
    const suggestions = [...listed, ...suggestionFiles.map((f) => f.value as Suggestion)];
    const votes = (votesJson?.value as { votes: VoteEvent[] } | undefined)?.votes ?? [];
    const receptions = (receptionsJson?.value as { receptions: Reception[] } | undefined)?.receptions ?? [];
    const activities = (activitiesJson?.value as { activities: Activity[] } | undefined)?.activities ?? [];
    const deputyIds = new Set(deputies.map((d) => d.id));
    const stationIds = new Set(stations.map((s) => s.id));

    if (townJson && town) problems.push(...checkTown(townJson, town, slug));
    // Known ids of a file that is absent are none; of a file that failed, unknown (undefined).
    const known = <T>(json: JsonFile | undefined, file: string, ids: Set<T>) => (json || !existsSync(join(dir, file)) ? ids : undefined);
    const knownDeputies = known(deputiesJson, 'deputies.json', deputyIds);
    const knownStations = known(stationsJson, 'stations.json', stationIds);
    const knownSuggestions = known(suggestionsJson, 'suggestions.json', new Set(suggestions.map((s) => s.id)));
    const listedIds = new Set(listed.map((s) => s.id));
    for (const file of suggestionFiles) {
      const suggestion = file.value as Suggestion;
      // The same rules as suggestions.json; paths are given inside the file.
      const inFile: JsonFile = { file: file.file, value: { suggestions: [suggestion] }, locate: (path) => file.locate(path.slice(2)) };
      for (const problem of checkSuggestions(inFile, [suggestion], knownDeputies, knownStations, today))
        problems.push({ ...problem, path: problem.path?.replace(/^suggestions\[0\](?: \([^)]*\))?\.?/, '') || '(top level)' });
      const named = file.file.split('/').pop()!.slice(0, -'.json'.length);
      if (suggestion.id !== named)
        problems.push({ file: file.file, path: 'id', ...file.locate(['id']), message: 'the file name and the id differ', expected: `"id": "${named}" (the file name without .json)`, found: `"${suggestion.id}"`, fix: `rename the file to ${suggestion.id}.json or change the id` });
      else if (listedIds.has(suggestion.id))
        problems.push({ file: file.file, path: 'id', ...file.locate(['id']), message: 'a suggestion with this id is also in suggestions.json', expected: 'one suggestion per id', found: `"${suggestion.id}" twice` });
    }
    if (deputiesJson) problems.push(...checkDeputies(deputiesJson, deputies, knownStations), ...checkAssemblyMembers(deputiesJson, rel(join(dir, 'deputies.json')), town, deputies));
    if (stationsJson) problems.push(...checkStations(stationsJson, stations, knownDeputies));
    if (suggestionsJson) problems.push(...checkSuggestions(suggestionsJson, listed, knownDeputies, knownStations, today));
    if (votesJson) problems.push(...checkVotes(votesJson, votes, knownSuggestions));
    if (mapJson) problems.push(...checkMapLayer(mapJson, mapJson.value as TownMapLayer, town));
    const knownIds = { deputies: knownDeputies, stations: knownStations, suggestions: knownSuggestions };
    if (receptionsJson) problems.push(...checkReceptions(receptionsJson, receptions, knownIds, today));
    if (activitiesJson) problems.push(...checkActivities(activitiesJson, activities, knownIds, today));
    for (const [index, deputy] of deputies.entries()) {
      const wrong = deputy.photo === undefined || !deputiesJson ? undefined : contentPathProblem(dir, deputy.photo);
      if (wrong && deputiesJson) {
        problems.push({ file: rel(join(dir, 'deputies.json')), path: `deputies[${index}] (${deputy.id}).photo`, ...deputiesJson.locate(['deputies', index, 'photo']), ...wrong, message: `photo: ${wrong.message}` });
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
        problems.push({ file: rel(join(folder, name)), message: 'unknown file', expected: 'only <id>.json files, one suggestion each', found: `"${name}"` });
        continue;
      }
      const json = readJson(join(folder, name), 'suggestion', false);
      if (json) files.push(json);
    }
    return files;
  }

  function loadArticles(dir: string, isNews: boolean): Article[] {
    const folderKind = entryKind(root, dir);
    const wrongFolder = entryProblem(`${rel(dir)}/`, folderKind, 'folder');
    if (wrongFolder) problems.push(wrongFolder);
    if (folderKind !== 'folder') return [];
    const articles: Article[] = [];
    for (const name of readdirSync(dir).sort()) {
      if (!name.endsWith('.md')) continue;
      const path = join(dir, name);
      const file = rel(path);
      const slug = name.slice(0, -3);
      const read = readContentText(root, path, file);
      problems.push(...read.problems);
      if (read.text === undefined) continue;
      const { parsed, problems: parseProblems } = parseFrontMatter(file, read.text);
      problems.push(...parseProblems);
      if (!parsed) continue;
      const schemaProblems = validateAgainstSchema('article', parsed.json).map((p) => ({ ...p, path: `front matter: ${p.path}` }));
      problems.push(...schemaProblems);
      if (!/^[a-z0-9][a-z0-9-]*$/.test(slug))
        problems.push({ file, message: 'the file name is not URL-safe', expected: 'lowercase letters a-z, digits and "-", then .md, e.g. 2025-03-spring-session.md', found: `"${name}"` });
      if (isNews && parsed.data.date === undefined)
        problems.push({ file, path: 'front matter: date', line: 2, column: 1, message: 'news needs a date', expected: 'a line "date: YYYY-MM-DD"', found: 'nothing' });
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
        html: markdown.render(maskStaffMarkdown(file, parsed.body, parsed.bodyLine, warnings)),
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
