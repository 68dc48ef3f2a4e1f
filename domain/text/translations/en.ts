/**
 * Every word renda-kit shows, in English: the same sections and keys as zh-CN.ts (the compiler and
 * a test check), with the same `{name}` placeholders.
 */
import type * as zh from './zh-CN.js';

/** The shape of a zh-CN section, with any string in each place. */
type Words<T> = T extends string ? string : T extends readonly unknown[] ? readonly string[] : { readonly [K in keyof T]: Words<T[K]> };

/** Used by domain/labels.ts. */
export const levels: Words<typeof zh.levels> = { national: 'National', provincial: 'Provincial', city: 'City', county: 'County/district', township: 'Township' };

/** Used by domain/labels.ts. */
export const stationKinds: Words<typeof zh.stationKinds> = { center: 'Liaison centre', station: 'Liaison station', point: 'Liaison point', mobile: 'Mobile station' };

/** Used by domain/labels.ts. */
export const stages: Words<typeof zh.stages> = {
  submitted: 'Submitted',
  accepted: 'Accepted',
  reviewed: 'Reviewed',
  assigned: 'Assigned',
  replied: 'Replied',
  'fed-back': 'Fed back',
  rated: 'Rated',
  closed: 'Closed',
  'resolved-on-site': 'Resolved on the spot',
  reopened: 'Reopened',
};

/** Used by domain/labels.ts. */
export const outcomes: Words<typeof zh.outcomes> = { A: 'A · Solved', B: 'B · Being solved', C: 'C · Planned', D: 'D · Kept for reference' };

/** Used by domain/labels.ts. */
export const satisfactions: Words<typeof zh.satisfactions> = { satisfied: 'Satisfied', 'basically-satisfied': 'Basically satisfied', unsatisfied: 'Unsatisfied' };

/** Used by domain/labels.ts. */
export const sources: Words<typeof zh.sources> = {
  scan: 'QR code',
  reception: 'Reception day',
  visit: 'Visit',
  session: 'During the session',
  recess: 'Between sessions',
  questioning: 'Questioning session',
  'meet-the-head': 'Meet the town head',
  other: 'Other',
};

/** Used by domain/labels.ts. */
export const townKinds: Words<typeof zh.townKinds> = { town: 'Town', township: 'Township', subdistrict: 'Subdistrict' };

/** Used by domain/labels.ts. */
export const weekdays: Words<typeof zh.weekdays> = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** Used by domain/reception.ts. */
export const halfDays: Words<typeof zh.halfDays> = { morning: 'morning', afternoon: 'afternoon', 'all-day': 'all day' };

/** Used by domain/figures.ts. */
export const figureNames: Words<typeof zh.figureNames> = { done: 'Done rate (办成率)', satisfied: 'Satisfaction (满意率)', onTime: 'Replied on time', overdue: 'Overdue' };

/** Used by domain/figures.ts. */
export const figureDefinitions: Words<typeof zh.figureDefinitions> = {
  done: 'Done rate (办成率): suggestions solved (A), being solved (B) or resolved on the spot, among those with an outcome or resolved on the spot.',
  satisfied: 'Satisfaction rate (满意率): residents satisfied or basically satisfied, among those who rated.',
  onTime: 'Replied on time: handling rounds answered by their due date, among rounds answered or past due.',
  overdue: 'Overdue: open suggestions whose reply is past its due date.',
};

/** Used by domain/station-themes.ts. */
export const stationThemes: Words<typeof zh.stationThemes> = {
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
};

/** Used by domain/ics.ts. */
export const calendarFile: Words<typeof zh.calendarFile> = { reception: 'Deputies’ reception', stop: 'Mobile station', deputies: 'Deputies', rule: 'Schedule', place: 'Place' };

/** Used by domain/suggestion-export.ts. */
export const clockStatus: Words<typeof zh.clockStatus> = { running: 'Running', overdue: 'Overdue', 'on-time': 'Answered on time', late: 'Answered late' };

/** Used by domain/suggestion-export.ts. */
export const csvHeaders: Words<typeof zh.csvHeaders> = {
  id: 'Number', title: 'Title', category: 'Category', source: 'Source', submitter: 'Submitted by', deputies: 'Deputies',
  station: 'Station', department: 'Department', coDepartments: 'Co-handling departments', stage: 'Stage', outcome: 'Outcome',
  satisfaction: 'Satisfaction', daysOpen: 'Days open', replyDue: 'Reply due', clock: 'Deadline status', rounds: 'Handling rounds',
  body: 'Suggestion', reply: 'Reply', link: 'Link', stageDate: '{stage} on',
};

/** Used by components/base/data-state.ts. */
export const dataState: Words<typeof zh.dataState> = {
  loading: 'Loading…',
  empty: 'Nothing to show yet.',
  retry: 'Try again',
  'not-found': 'This data could not be found.',
  http: 'The server had a problem ({status}). Please try again later.',
  'http-no-status': 'The server had a problem. Please try again later.',
  timeout: 'Loading took too long. Check your connection and try again.',
  'bad-json': 'The data is not in the expected format and cannot be shown.',
  offline: 'You seem to be offline. Connect and try again.',
};

/** Used by components/qr-code/qr-code.component.ts. */
export const qrCode: Words<typeof zh.qrCode> = {
  label: 'QR code: {value}',
  empty: 'No content set for this QR code.',
  tooLong: 'This content is too long for a QR code. Use a shorter link.',
  downloadSvg: 'Download SVG',
  downloadPng: 'Download PNG',
};

/** Used by components/deputy-card/deputy-card.component.ts. */
export const deputyCard: Words<typeof zh.deputyCard> = {
  number: 'Deputy no.',
  levels: 'Deputy at',
  constituency: 'Constituency',
  stations: 'Liaison stations',
  term: 'Term',
  roles: 'Roles',
  nextReception: 'Next reception',
  noReception: 'No reception scheduled. Leave a message through the deputy code.',
  noReceptionCall: 'No reception scheduled. Call the station to arrange a meeting.',
  code: 'Deputy code',
  codeHint: 'Scan with your phone to leave {name} a message.',
  codeHintVisit: 'Scan with your phone to open {name}’s page: the stations’ phones and reception hours are there.',
  codeLabel: 'Deputy code of {name}',
  noCode: 'No deputy code has been set.',
  empty: 'No deputy information yet.',
  loading: 'Loading the deputy…',
  badData: 'The deputy information is malformed and cannot be shown.',
  slogan: 'Need your deputy? Scan and speak up',
  deputy: 'Deputy',
  station: 'Station',
  reception: 'Reception',
  scanHint: 'Scan with WeChat or your phone camera to message the deputy',
  scanHintVisit: 'Scan with WeChat or your phone camera for the deputy’s station phones and reception hours',
  moreStations: 'and {count} stations in all',
};

/** Used by components/station-map/station-map.messages.ts. */
export const stationMap: Words<typeof zh.stationMap> = {
  mapLabel: 'Map of liaison stations',
  mapRole: 'map',
  keyboardHint: 'On the map: arrow keys move, + and − zoom, 0 shows every station.',
  skipToList: 'Skip the map, go to the list of stations',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  reset: 'Show all stations',
  nearest: 'Nearest to me',
  locating: 'Finding your location…',
  locationPrivacy: 'Your location is used on this device only, to work out distances. It is not sent anywhere.',
  locationDenied: 'Location permission was not given. Allow it in your browser settings and try again, or find a station in the list below.',
  locationUnavailable: 'Your location is not available right now. Try again in a moment, ideally outdoors.',
  locationUnsupported: 'This browser cannot share your location (the page needs https). Find a station in the list below.',
  forgetLocation: 'Stop using my location',
  nearestFound: 'The nearest is {name}, about {distance} away.',
  youAreHere: 'You are here',
  schematic: 'Schematic, no administrative boundaries',
  reviewNumber: 'Map review no. {number}',
  kinds: 'Kinds of station',
  theme: 'Theme',
  allThemes: 'All',
  countAll: '{count} stations',
  countFiltered: 'Showing {shown} of {total} stations',
  listHeading: 'Stations',
  showOnMap: 'Show on map',
  showOnMapLabel: 'Show on map: {name}',
  showMore: 'Show {count} more ({rest} left)',
  cluster: '{count} stations, press to zoom in',
  selected: 'Selected: {name}',
  address: 'Address',
  phone: 'Phone',
  schedule: 'Reception hours',
  next: 'Next reception',
  nextStop: 'Next stop',
  noReception: 'No fixed reception day: please phone first.',
  deputies: 'Deputies stationed here',
  noDeputies: 'No deputies listed yet.',
  code: 'Station code',
  codeLabel: 'Station code of {name}',
  addToCalendar: 'Add to calendar',
  calendarHint: 'Download the next six months of receptions (.ics) for your phone’s calendar.',
  details: 'Station page',
  close: 'Close',
  noMatch: 'No station matches. Try another kind or theme.',
  rejected: '{count} stations have invalid data and are not shown.',
  empty: 'No liaison stations yet.',
  distance: 'about {distance}',
  today: 'today',
};

/** Used by domain/reply-clock.ts: a round's reply clock in words, on the tracker and the suggestion pages. */
export const replyClock: Words<typeof zh.replyClock> = {
  basisStandard: 'Reply within 3 months of assignment',
  basisComplex: 'Complex matter: reply within 6 months of assignment',
  basisReopened: 'Handled again after 不满意: new reply within 1 month',
  basisOverride: 'Deadline set for this item',
  clockDue: '{basis}: by {date}',
  running: '{n} days left',
  dueToday: 'Due today',
  overdueDays: '{n} days overdue, no reply yet',
  onTime: 'Replied on time',
  onTimeEarly: 'Replied on time ({n} days early)',
  late: 'Replied {n} days late',
};

/** Used by components/suggestion-tracker/messages.ts. */
export const suggestionTracker: Words<typeof zh.suggestionTracker> = {
  label: 'Suggestion tracker',
  overview: 'Overview',
  overviewFiltered: 'Figures below are for the {n} suggestions that match the filters.',
  total: 'Suggestions',
  open: 'In progress',
  finished: 'Finished',
  overdue: 'Overdue, no reply',
  overdueCallout: '{n} suggestions are past their reply deadline without a reply.',
  showOverdue: 'Show overdue only',
  rateOf: '{part} of {whole}',
  byStage: 'By stage',
  reopenedCount: '{n} handled again after an unsatisfied rating',
  onSiteCount: '{n} resolved on the spot (closed ones included)',
  filters: 'Filter suggestions',
  search: 'Search',
  searchHint: 'Searches titles, text and replies; separate words with spaces. Pinyin initials work too.',
  searchPlaceholder: 'e.g. 停车, 路灯',
  stage: 'Stage',
  category: 'Category',
  source: 'Source',
  outcome: 'Outcome',
  satisfaction: 'Satisfaction',
  deputy: 'Deputy',
  station: 'Station',
  year: 'Year',
  yearValue: '{year}',
  any: 'All',
  overdueOnly: 'Overdue without a reply only',
  moreFilters: 'More filters',
  sort: 'Sort by',
  sortNewest: 'Submitted, newest first',
  sortOldest: 'Submitted, oldest first',
  sortDaysOpen: 'Days open, longest first',
  sortDeadline: 'Reply deadline, soonest first',
  reset: 'Clear filters',
  exportCsv: 'Export CSV',
  exportJson: 'Export JSON',
  exportHint: 'Exports the {n} suggestions listed',
  count: '{n} suggestions',
  countFiltered: '{n} of {total} suggestions match',
  noMatch: 'No suggestion matches these filters.',
  empty: 'No suggestions published yet.',
  list: 'Suggestions',
  moreOnServer: 'These are the latest {shown} of {total}.',
  submittedOn: 'Submitted {date}',
  daysOpen: 'Open {n} days',
  daysTaken: 'Took {n} days',
  due: 'Reply due {date}',
  overdueBadge: '{n} days overdue',
  deputies: 'Deputies: {names}',
  listSeparator: ', ',
  back: 'Back to the list',
  number: 'Number',
  submitter: 'Submitted by',
  department: 'Department',
  coDepartments: ' (with {names})',
  currentStage: 'Stage',
  days: 'Days open',
  daysValue: '{n} days',
  body: 'The suggestion',
  timeline: 'How it was handled',
  round1: 'Round 1',
  roundN: 'Round {n}: handled again after an unsatisfied rating',
  clock: 'Reply deadline',
  noClock: 'Not assigned to a department: no reply deadline.',
  stepDeadline: 'reply due {date}',
  reply: 'Reply',
  result: 'Outcome',
  rating: 'Public rating',
  notFound: 'No published suggestion numbered {id}.',
  unknown: 'Unknown',
  facetCount: '{label} ({n})',
  showMore: 'Show {n} more ({rest} not shown)',
};

/** Used by components/vote/vote.component.ts. */
export const vote: Words<typeof zh.vote> = {
  binding: "Deputies' vote · binding",
  assemblyBallot: 'Assembly vote (议政代表会) · carried out by the subdistrict office',
  advisoryPoll: "Residents' poll · advisory, not a binding vote",
  advisoryRating: 'Satisfaction rating · advisory',
  notFound: 'This vote could not be found.',
  session: '{session} · {date}',
  schedule: 'Voting: {opens} to {closes} (Beijing time)',
  scheduleOpenEnded: 'Rating open from {opens} (Beijing time)',
  pickUpTo: 'Choose up to {max}',
  pickOne: 'Choose your rating',
  picked: '{count} chosen; you can choose {left} more.',
  pickedFull: 'You have chosen {max}. To change, untick one first.',
  castPoll: 'Cast my vote',
  castRating: 'Send my rating',
  sending: 'Sending…',
  retrying: 'The connection is unsteady; sending again (attempt {attempt}). Please keep this page open; your vote will not be counted twice.',
  resuming: 'Your last vote was not confirmed; sending it again…',
  stored: 'Your vote has been saved ({time}). Thank you!',
  storedRating: 'Your rating has been saved ({time}). Thank you!',
  alreadyVoted: 'You have already voted ({time}); everyone votes once. Thank you!',
  alreadyRated: 'You have already given your rating ({time}); everyone rates once. Thank you!',
  alreadyVotedPlain: 'You have already voted; everyone votes once. Thank you!',
  alreadyRatedPlain: 'You have already given your rating; everyone rates once. Thank you!',
  castOffline: 'You are offline: your vote has not been sent yet. When you are back online, press “Send again”; it will not be counted twice.',
  castServerError: 'The voting server had a problem: your vote has not been saved yet. Press “Send again” in a little while; it will not be counted twice.',
  resend: 'Send again',
  retry: 'Try again',
  connecting: 'Connecting to the voting server…',
  statusOffline: 'The voting server cannot be reached, so voting is not possible right now. Check your connection and try again.',
  statusServerError: 'The voting server had a problem. Please try again later.',
  statusMissing: 'The voting server does not know this vote, so you cannot vote here.',
  notYetOpen: 'Voting has not started yet; it opens {opens}.',
  closed: 'Voting closed {closes}.',
  open: 'Voting is open until {closes}.',
  openRating: 'Rating is open until {closes}.',
  openRatingNoEnd: 'Your rating is welcome.',
  noApi: 'Online voting is not available on this page.',
  noPicks: 'Please choose at least one.',
  rejectedClosed: 'Voting has closed; this vote was not counted.',
  rejectedNotOpen: 'Voting has not started; this vote was not counted.',
  rejectedChanged: 'The choices have changed. Please reload the page and choose again.',
  rejectedRate: 'Too many attempts; please wait a moment and try again.',
  rejectedOther: 'Your vote was not accepted. Please reload the page and try again.',
  resultsHidden: 'Results will be published when voting closes.',
  resultsLoading: 'Loading the results…',
  resultsUnavailable: 'The latest results cannot be shown right now.',
  resultsCaption: 'Results as of {time}',
  resultsFinal: 'Final results',
  ratingCaption: 'Ratings as of {time}',
  ratingFinal: 'Final ratings',
  resultsPublished: 'Published results',
  onlineBallots: '{count} online ballots',
  onlineBallotsOne: '{count} online ballot',
  onlineRatings: '{count} online ratings',
  onlineRatingsOne: '{count} online rating',
  withRecorded: ', plus votes counted at the liaison stations',
  votes: '{count} votes',
  votesOne: '{count} vote',
  votesShare: '{count} ({share})',
  legend: 'Key:',
  halfLine: 'half of all deputies',
  satisfactionRate: 'Satisfaction rate (satisfied and basically satisfied): {share}',
  electorate: 'All deputies',
  electorateValue: '{count}',
  issued: 'Ballots issued',
  returned: 'Ballots returned',
  ballotsValue: '{count}',
  candidates: 'Candidate projects',
  candidatesValue: '{count}, {seats} to choose',
  passRule: 'To pass, a project needs votes for from more than half of ALL deputies: at least {threshold} of {electorate}, not half of those present.',
  chosenSummary: '{count} projects chosen.',
  tieWarning: 'Tie for the last place: {names} have the same votes; the rules of procedure decide.',
  projectsLabel: 'Results for each candidate project',
  for: 'For',
  against: 'Against',
  abstain: 'Abstain',
  counts: 'For {for} · Against {against} · Abstain {abstain}',
  investment: 'Investment ¥{amount}',
  completion: 'Due {date}',
  completed: 'Completed {date}',
  'result-chosen': 'Chosen',
  'result-tied': 'Tied, undecided',
  'result-passed-not-chosen': 'Passed, not chosen',
  'result-failed': 'Not passed',
};

/** Used by components/site-search/site-search.component.ts. */
export const siteSearch: Words<typeof zh.siteSearch> = {
  label: 'Search this site',
  placeholder: 'e.g. street light, Zhang, reception',
  hint: 'Type a word or several, separated by spaces.',
  count: '{count} results',
  none: 'Nothing found for “{query}”. Try other or fewer words.',
  more: 'Show more results',
  loading: 'Loading the search index…',
};

/** Used by site/i18n.ts. */
export const siteChrome: Words<typeof zh.siteChrome> = {
  skip: 'Skip to content',
  sections: 'Sections',
  breadcrumbs: 'You are here',
  home: 'Home',
  deputies: 'Deputies',
  stations: 'Stations',
  suggestions: 'Suggestions',
  votes: 'Votes',
  news: 'News',
  data: 'Open data',
  search: 'Search',
  display: 'Display settings',
  largeText: 'Large text',
  contrast: 'High contrast',
  language: '中文',
  languageName: '中文版',
  privacy: 'Residents’ personal data is removed from published suggestions; submitters are shown by surname only.',
  embed: 'Embed widgets',
  feed: 'News feed',
  feedTitle: '{town} congress news',
  descriptionTown: '{town} {title}: public information of {congress}.',
  descriptionSite: '{title}: township deputies, liaison stations, suggestions and votes, in public.',
};

/** Used by site/render/suggestion-tracker.ts. */
export const trackerMore: Words<typeof zh.trackerMore> = 'More suggestions';

/** Used by site/pages/home.ts. */
export const homePage: Words<typeof zh.homePage> = {
  counts: '{deputies} deputies · {stations} liaison stations and points · {suggestions} public suggestions',
  deputies: 'deputies',
  stations: 'liaison stations and points',
  suggestions: 'public suggestions',
  progress: 'Suggestions by stage',
  byStage: 'Suggestions at each stage',
  stage: 'Stage',
  count: 'Number',
  news: 'Latest news',
  projects: 'Livelihood projects',
  projectsLead: '{title}: {seats} projects chosen by the deputies’ vote (a project needs more than half of all deputies: {threshold} votes).',
  projectsLeadAssembly: '{title}: {seats} projects chosen by the vote of the {assembly} (a project needs more than half of all its members: {threshold} votes); the subdistrict office carries them out.',
  votesFor: '{count} for',
  allVotes: 'All votes and residents’ polls',
  contact: 'Contact',
  phone: 'Phone',
  description: '{town} {congress}: deputies, liaison stations, residents’ suggestions and votes on livelihood projects, in public.',
};

/** Used by site/pages/deputies.ts. */
export const deputiesPage: Words<typeof zh.deputiesPage> = {
  deputies: 'Deputies',
  lead: '{congress} has {total} deputies; this page lists the {count} deputies of every level who serve in this {place}.',
  leadCommittee: 'A subdistrict has no people’s congress: {congress} works with the {total} deputies elected here; this page lists the {count} deputies of every level who serve in this subdistrict.',
  town: 'town',
  subdistrict: 'subdistrict',
  printAll: 'Print every deputy code',
  printAllNote: ' (A4 paper, four A6 cards to a sheet, cut along the dashed lines)',
  filter: 'Filter deputies',
  filterLevel: 'Level',
  filterConstituency: 'Constituency',
  filterAll: 'All',
  filterCount: 'Showing {count} deputies',
  number: 'No.',
  name: 'Name',
  levels: 'Levels',
  constituency: 'Constituency',
  title: 'Position',
  deputyTitle: 'Deputy {name}',
  memberTitle: 'Assembly member {name}',
  leadMembers: 'The {members} members of the {assembly} who are not deputies (chosen by the communities and villages) are listed too.',
  description: '{name}, {levels} deputy in {town}: constituency, stations, reception days and deputy code.',
  print: 'Print: ',
  printPoster: 'deputy code poster of {name} (A4)',
  printCards: 'every deputy code (A6 cards)',
  stations: 'Stations and reception hours',
  noStations: 'Not stationed anywhere yet.',
  calendar: 'This deputy’s receptions calendar',
  calendarNote: 'Download the next six months of receptions at their stations (.ics) for your phone’s calendar.',
  calendarName: 'Receptions with deputy {name}',
  kind: 'Kind',
  address: 'Address',
  schedule: 'Reception hours',
  stops: 'Upcoming stops',
  next: 'Next reception',
  suggestions: 'Suggestions raised and received',
  suggestionsLead: '{count} in all. Open one to follow it from submission to rating.',
  raised: 'Raised by the deputy',
  received: 'Residents’ suggestions received',
  noSuggestions: 'No public suggestions yet.',
  contact: 'Contact {name}',
  contactInPerson: 'Visit one of {name}’s stations, or call ahead:',
  write: 'Write to {name}',
  writeLead: 'Your message goes to {name} and the station; follow its handling under “Suggestions”.',
  orInPerson: 'You can also visit a station or call:',
  reachTitle: 'Reach {name}',
  reachNext: 'Next reception',
  reachMore: 'All ways to reach them',
  phone: 'phone',
  separator: ', ',
  colon: ': ',
};

/** Used by site/pages/stations.ts. */
export const stationsPage: Words<typeof zh.stationsPage> = {
  stations: 'Liaison stations',
  lead: '{count} stations: {kinds}. Find the one nearest to you on the map or in the list, when it next receives residents, and which deputies are stationed there.',
  hub: 'Liaison centre',
  kindCount: '{count} × {kind}',
  data: 'Station data (JSON)',
  stationDescription: '{name}: address, reception hours, deputies and station code.',
  kind: 'Kind',
  theme: 'Theme',
  address: 'Address',
  phone: 'Phone',
  schedule: 'Reception hours',
  next: 'Next reception',
  nextStop: 'Next stop',
  mobileStops: 'Upcoming stops',
  calendar: 'Add to calendar',
  calendarNote: 'Download the next six months of receptions (.ics) for your phone’s calendar.',
  townCalendar: 'All stations’ receptions calendar',
  townCalendarName: '{town}: deputies’ receptions',
  townCalendarNote: 'Every station’s receptions for the next six months (.ics); on weekends and public holidays they move or are cancelled as each station states.',
  location: 'Location',
  deputies: 'Deputies stationed here',
  none: 'None yet.',
  suggestions: 'Suggestions handled here',
  printCodes: 'Print every station’s QR code',
  printTitle: 'Station codes',
  printPoster: 'Print this station’s code poster (A4)',
  posterTitle: '{name}: station code poster',
  code: 'Station code',
  codeLabel: 'Station code of {name}',
  codeNote: 'Scan to open this page, or share it with family and neighbours.',
  mapLabel: 'Where {name} is',
  posterSlogan: 'Something to raise? Scan to reach your deputies',
};

/** Used by site/pages/suggestions.ts. */
export const suggestionsPage: Words<typeof zh.suggestionsPage> = {
  title: 'Suggestions',
  intro: 'Every suggestion from residents and deputies, each step in public from submission to the rating, with its reply deadline.',
  feed: 'Follow stage changes (Atom feed)',
  csv: 'Download all suggestions (CSV)',
  json: 'Download all suggestions (JSON)',
  feedTitle: '{town}: suggestions, stage by stage',
  description: '{town} suggestion: {title} ({stage})',
};

/** Used by site/pages/votes.ts. */
export const votesPage: Words<typeof zh.votesPage> = {
  intro: "The deputies' vote (票决) is binding: it decides the year's livelihood projects. Residents' polls and satisfaction ratings are advisory: they inform the deputies' vote and review.",
  introAssembly: 'A subdistrict has no people’s congress. The {assembly} is convened by the {committee}; its members vote on the year’s livelihood projects and the subdistrict office carries out the result. It is the assembly’s vote, not a statutory vote of a people’s congress. Residents’ polls and satisfaction ratings are advisory too.',
  assembly: 'residents’ and deputies’ assembly (议政代表会)',
  none: 'No votes yet.',
};

/** Used by site/pages/articles.ts. */
export const newsPage: Words<typeof zh.newsPage> = { news: 'News', none: 'Nothing yet.', pages: 'Records and topics', untranslated: 'This article is published in Chinese.' };

/** Used by site/pages/search.ts. */
export const searchPage: Words<typeof zh.searchPage> = { deputy: 'Deputy', suggestion: 'Suggestion', ballot: 'Deputies’ vote', poll: 'Poll', rating: 'Rating', news: 'News', page: 'Record', title: 'Search', noscript: 'Search needs JavaScript. You can also browse: ', deputies: 'deputies', stations: 'stations', suggestions: 'suggestions', newsList: 'news' };

/** Used by site/pages/print.ts. */
export const printPage: Words<typeof zh.printPage> = {
  back: 'Back to {title}',
  cards: '{count} cards on {sheets} A4 sheets, four A6 cards to a sheet: cut along the dashed lines.',
  posters: '{count} A4 posters.',
  settings: 'Print settings: paper A4, scale “actual size” or 100 % (not “fit to page”), margins “none”, background graphics on. The codes then print at least 3 cm wide and scan at a glance.',
  check: 'Before you put them up, scan one with a phone and check it opens the right page.',
  deputyCards: 'Deputy codes of {town} (A6 cards)',
  deputyPoster: 'Deputy code poster of {name} (A4)',
  deputies: 'the deputies',
  deputyPage: 'the page of {name}',
};

/** Used by site/pages/embed.ts. */
export const embedPage: Words<typeof zh.embedPage> = {
  title: 'Embed widgets',
  description: 'Put {town}’s deputy codes, station map, suggestion tracker and other widgets on a government website.',
  intro: 'Paste the code below into a page of the {kind}’s website (its CMS) to show the latest public information. Load the script once per page:',
  town: 'town',
  subdistrict: 'subdistrict',
  scriptCode: 'Code that loads the script',
  copy: 'Copy code',
  copied: 'Copied',
  copyFailed: 'Select the code and copy it by hand',
  promise: 'Widgets read this site’s open data (personal data removed) and send no request to any other site; their styles are isolated from the page’s.',
  code: 'Code of the {widget}',
  preview: 'Preview of the {widget}',
  cors: 'Widgets read their script and data from this site, so this site’s server must send Access-Control-Allow-Origin: * for /assets/ and the towns’ data files (the data is public anyway). Without that header, or when the script cannot load, each widget shows a link to the matching page of this site, and the browser console says why.',
  corsServer: 'Server configuration (nginx):',
};

/** Used by site/pages/embed.ts. */
export const embedWidgets: Words<typeof zh.embedWidgets> = {
  'deputy-card': {
    title: 'Deputy’s card',
    description: 'One deputy’s card: levels, constituency, stations, next reception and QR code. Change the deputy’s number in the address for another deputy.',
    fallback: '{name}: card and QR code',
  },
  'station-map': {
    title: 'Station map',
    description: 'Every liaison station of the town: map, list, reception times, station codes and “nearest to me”. Needs no map service and sends no request to other sites.',
    fallback: 'Liaison stations of {town}',
  },
  'suggestion-tracker': {
    title: 'Suggestion tracker',
    description: 'Every public suggestion of the town and where it stands: counts per stage, done and satisfaction rates, overdue items; filter, search and export. page-size is how many rows show at a time (“Show more” for the rest). Add deputy="…" or station="…" to narrow it.',
    fallback: 'Suggestions of {town} and where they stand',
  },
  vote: {
    title: 'Votes',
    description: 'The deputies’ binding vote on livelihood projects, or a residents’ poll or rating (advisory). Put another id from votes.json in vote-id.',
    fallback: 'Votes and polls of {town}',
  },
  'qr-code': {
    title: 'Deputy’s QR code',
    description: 'One deputy’s code: residents scan it to reach the deputy. Put another deputy’s page address in value for another code.',
    fallback: '{name}’s page',
  },
  'site-search': {
    title: 'Site search',
    description: 'Search the town’s deputies, stations, suggestions and news.',
    fallback: 'Search the deputies, stations and suggestions of {town}',
  },
};

/** Used by server/pages.ts. */
export const formReply: Words<typeof zh.formReply> = {
  thanksTitle: 'Thank you — your suggestion has been received',
  reference: 'Reference: ',
  keepReference: 'Keep this reference to ask about your suggestion later.',
  handling: 'Staff will take it up soon. Your name and phone number are used only to contact you and are never published.',
  back: 'Back',
  refusedTitle: 'Your suggestion was not sent',
  goBack: "Use your browser's Back button to return to the form; what you typed is usually still there.",
};

/** Used by server/pages.ts. */
export const formRefusals: Words<typeof zh.formRefusals> = {
  'name-required': 'Please give your name.',
  'name-too-long': 'Please keep your name under 40 characters.',
  'body-required': 'Please write your suggestion.',
  'body-too-long': 'Please keep your suggestion under 2,000 characters.',
  'bad-phone': 'The phone number does not look right; please use digits only.',
  'consent-required': 'Please tick “I agree” before sending.',
  'rate-limited': 'Too many submissions; please try again in a few minutes.',
  'body-too-large': 'This is too long; please shorten it.',
  'origin-not-allowed': "This page may not send suggestions; please use the town congress's official site.",
  'storage-unavailable': 'Something went wrong and your suggestion was not saved. Please try again later.',
  default: 'Something in the form is not right; please go back and check it.',
};

/** Used by site/pages/meetings.ts: the 大会问政 and 乡长有约 pages, computed from the suggestions. */
export const meetingsPage: Words<typeof zh.meetingsPage> = {
  questioningTitle: 'Questioning at the congress',
  questioningTitleAssembly: 'Questioning at the assembly',
  questioningIntro: 'At the congress session, deputies question the heads of government face to face about what residents raise most; the government answers on the spot, the matters go onto a list to be handled and followed up, and the deputies rate the result. Each matter’s progress is the same record as under Suggestions.',
  questioningIntroAssembly: 'At the assembly, deputies question the heads of the subdistrict office face to face; the matters go onto a list followed up by the working committee, and the deputies rate the result. Each matter’s progress is the same record as under Suggestions.',
  meetTitleTown: 'Meetings with the town head',
  meetTitleTownship: 'Meetings with the township head',
  meetTitleSubdistrict: 'Meetings with the subdistrict director',
  meetIntro: 'The head of government comes to a liaison station to hear deputies, who may also set the topic. What cannot be solved on the spot gets measures and a deadline; the deputies who took part rate the result, and a matter rated unsatisfactory is handled again. Each matter’s progress is the same record as under Suggestions.',
  summary: '{sittings} sittings, {items} matters.',
  satisfied: '{name} {rate} ({part} of {whole} rated)',
  sittingAt: '{date} · {meeting}',
  place: 'Place: ',
  participants: 'Deputies: ',
  asked: 'Asked by',
  raisedBy: 'Raised by',
  answeredBy: 'Answered by',
  answer: 'Answer',
  noAnswer: 'Not answered yet',
  now: 'Progress',
  rating: 'Deputies’ rating',
  notRated: 'Not rated yet',
  details: 'The whole handling',
  none: 'Nothing yet.',
  link: 'Questioning and meetings: ',
  separator: ', ',
};

/** Used by site/render/contact-form.ts: the message form on deputy and station pages. */
export const contactForm: Words<typeof zh.contactForm> = {
  privacyTitle: 'What is published, what is masked:',
  published: 'Published: ',
  publishedText: 'the matter you raise, how it is handled and the reply, under “Suggestions”, for everyone to follow.',
  masked: 'Masked: ',
  maskedText: 'your name shows as your surname only (e.g. Mr Zhang); mobile and landline numbers, ID and bank card numbers and e-mail addresses in your text are removed.',
  private: 'Never published: ',
  privateText: 'your phone number; only the deputy and the station use it to reply.',
  privateMatters: 'For a matter you do not want published, call or visit the station instead.',
  nameLabel: 'Your name (required)',
  nameHint: 'Only your surname is shown on the site.',
  phoneLabel: 'Phone (optional)',
  phoneHint: 'Only for the deputy and the station to reply; never published.',
  bodyLabel: 'What would you like to raise? (required)',
  bodyHint: 'Say where, what, and what you would like done. Up to 2,000 characters.',
  consent: 'I have read the above and agree that {body} keeps and handles what I send (required)',
  submit: 'Send',
  writeStation: 'Write to {name}',
  writeLeadStation: 'Your message goes to {name} and the deputies stationed there; follow its handling under “Suggestions”.',
  contactStation: 'Contact {name}',
  contactInPersonStation: 'Visit {name} during reception hours, or call:',
  privateTextStation: 'your phone number; only the station and its deputies use it to reply.',
  phoneHintStation: 'Only for the station and its deputies to reply; never published.',
  reachTitleStation: 'Reach {name}',
  reachNext: 'Next reception',
  reachMore: 'All ways to reach them',
  phone: 'phone',
  colon: ': ',
};

/** Used by domain/labels.ts: a person on a 街道's list who is not a deputy. */
export const memberKinds: Words<typeof zh.memberKinds> = { 'assembly-member': 'Assembly member' };

/** Used by site/pages/receptions.ts: reception logs, activities and the deputy's 履职档案. */
export const dutyRecord: Words<typeof zh.dutyRecord> = {
  receptionsTitle: 'Receptions at the stations',
  receptionsLead: 'Each reception held at a station: the day, the deputies present, how many residents came and what they raised; a matter that became a suggestion links to its handling, one answered on the spot says the answer.',
  recentReceptions: 'Recent receptions',
  allReceptions: 'All receptions',
  noReceptions: 'No receptions recorded yet.',
  residents: '{count} residents came',
  present: 'Deputies present: ',
  matters: 'Matters raised: ',
  answeredOnSite: 'Answered on the spot: ',
  becameSuggestion: 'became a suggestion',
  activitiesTitle: 'Deputies’ activities',
  recentActivities: 'Recent activities',
  record: 'Record of duties',
  recordLead: 'Counted from the receptions, suggestions and activities this site publishes, with the same definitions as under Suggestions; this is not a score.',
  period: 'Period',
  term: 'This term',
  year: '{year}',
  receptions: 'Receptions',
  receptionsCount: '{count}',
  residentsMet: 'Residents met',
  residentsCount: '{count}',
  raised: 'Suggestions raised',
  received: 'Residents’ matters received',
  itemsCount: '{count}',
  activities: 'Activities',
  activitiesCount: '{count}',
  none: '—',
  kindGroup: 'Deputy group activity',
  kindTeamMeeting: 'Team meeting',
  kindClass: 'Deputies’ class',
  kindConsultation: 'One matter discussed at the station',
  kindInspection: 'Inspection',
  kindAssemblyMeeting: 'Assembly meeting',
  separator: ', ',
};

/** Used by site/pages/projects.ts and site/content/project-warnings.ts: livelihood projects through the year. */
export const projectsPage: Words<typeof zh.projectsPage> = {
  title: 'Livelihood projects: progress',
  lead: 'The livelihood projects chosen by the deputies’ vote: each one’s progress, milestones and completion; residents and deputies rate them at year end.',
  percent: '{percent}% done',
  completed: 'Completed {date}',
  late: 'Due {date}, not completed',
  planned: 'Due {date}',
  noProgress: 'No progress recorded yet',
  progress: 'Progress',
  ballot: 'From: {title}',
  lateWarning: 'project “{name}” was due {date} and has no completion recorded',
  lateFix: 'when it is done, write the day in completed; when it is delayed, say why and the new date in progress',
};

/** Used by cli/staff-commands.ts. */
export const staffCli: Words<typeof zh.staffCli> = {
  usage: `renda staff: the message desk's staff accounts (the password is read from standard input, never from the command line)

Usage:
  renda staff add    --town SLUG --user NAME [--role clerk|station|deputy] [--station ID] [--deputy ID]
  renda staff list   --town SLUG
  renda staff remove --user NAME
  renda staff reset  --user NAME            set a new password (every sign-in of the account ends)
  renda staff purge  [--town SLUG] [--days N] erase names and phones N days (default 180) after a case ended; run daily
  renda staff webhook add|list|remove --town SLUG [--url URL] [--station ID | --deputy ID]
                                               WeCom/DingTalk group robots told of each new message (kept in the database: the address holds a key)
  renda staff digest --town SLUG [--send]     the daily digest: messages not handled, replies overdue; --send posts it to the town's robots

Options:
  --content DIR    the content folder (default: content), to check the town, station and deputy
  --data DIR       folder of the SQLite file (default: data); DATABASE_URL=postgres://… uses PostgreSQL
  --role ROLE      clerk: the town's congress office, every message of the town (default);
                   station: the station's and its deputies' messages; deputy: the deputy's own
  --lang en        speak English

Example: printf '%s\\n' "$PASSWORD" | renda staff add --town baiquan --user wangli --role clerk`,
  unknownAction: 'unknown subcommand "{action}": use add, list, remove or reset.',
  badOption: 'bad option: {reason}',
  missingUser: 'give the user name with --user.',
  badUser: 'a user name is 2 to 40 letters, digits, ".", "_" or "-".',
  missingTown: 'give the town with --town, e.g. --town baiquan.',
  contentProblems: 'the content folder {dir} has problems, so nothing can be checked: run renda check --content {dir} first.',
  unknownTown: 'the content has no town "{town}".',
  badRole: '--role is clerk (the congress office), station (a liaison station) or deputy.',
  needsStation: 'a station account needs --station with the station id.',
  unknownStation: '{town} has no station with id "{station}".',
  needsDeputy: 'a deputy account needs --deputy with the deputy id.',
  unknownDeputy: '{town} has no deputy with id "{deputy}".',
  passwordPrompt: 'Password for {user} (at least {min} characters, not shown): ',
  noPassword: "no password read: give it on standard input, e.g. printf '%s\\n' \"$PASSWORD\" | renda staff …",
  passwordTooShort: 'the password is too short: at least {min} characters.',
  passwordTooLong: 'the password is too long: at most {max} characters.',
  added: 'added account {user} ({role}) for {town}.',
  exists: 'account {user} exists already; use renda staff reset to change its password.',
  removed: 'removed account {user}; its sign-ins have ended.',
  reset: 'set a new password for {user}; its sign-ins have ended.',
  notFound: 'there is no account {user}.',
  listEmpty: '{town} has no staff accounts yet.',
  listHeader: 'staff accounts of {town} ({count}):',
  noStore: 'could not open the database: {reason}',
  roleClerk: 'congress office (whole town)',
  roleStation: 'station {station}',
  roleDeputy: 'deputy {deputy}',
  badDays: '--days is a whole number from 1 to 3650.',
  badUrl: '--url is an address starting with http:// or https:// (the group robot\'s webhook).',
  webhookAdded: 'added the group robot {url} for {town}.',
  webhookExists: '{town} has this group robot already.',
  webhookRemoved: 'removed the group robot {url} of {town}.',
  webhookNotFound: '{town} has no such group robot.',
  webhookNone: '{town} has no group robots yet.',
  digestSent: 'sent to {count} group robots.',
  digestFailed: '{count} group robots did not take it; check their addresses and the network.',
  purged: 'erased the name and phone of {messages} messages and {suggestions} suggestions ended or declined {days} days ago or more (the text stays, masked as published).',
};

/** Used by server/desk/ (the message desk's pages). */
export const desk: Words<typeof zh.desk> = {
  title: 'Message desk',
  signInTitle: 'Staff sign-in',
  user: 'User name',
  password: 'Password',
  signIn: 'Sign in',
  signOut: 'Sign out',
  signInFailed: 'Wrong user name or password.',
  throttled: 'Too many sign-in attempts. To stop password guessing, please try again in {minutes} minutes; it unlocks by itself.',
  sessionEnded: 'Please sign in. You are signed out after a while without activity.',
  csrfRefused: 'The form has expired or came from elsewhere; nothing was saved. Reload the page and send it again.',
  forbidden: 'Your account may not see or handle this.',
  notFound: 'Nothing found here.',
  badField: '"{field}" is not right: {reason}',
  required: 'required',
  tooLong: 'at most {max} characters',
  badChoice: 'choose from the list',
  badDateField: 'write it as year-month-day, e.g. 2026-03-05',
  tooLarge: 'This is too long; please shorten it.',
  malformed: 'The form is malformed; reload the page and try again.',
  stale: 'Changed by someone else; please reload',
  alreadyDecided: 'Someone else has handled this message already; please reload.',
  storage: 'Something went wrong and nothing was saved. Please try again shortly.',
  refused: 'Not saved',
  nav: 'Message desk navigation',
  navMessages: 'Messages',
  navSuggestions: 'Suggestions',
  navAudit: 'Audit trail',
  signedInAs: 'Signed in as {user} ({role})',
  roleClerk: 'congress office, whole town',
  roleStation: 'station: {station}',
  roleDeputy: 'deputy: {deputy}',
  largeText: 'Large text',
  normalText: 'Normal text',
  otherLanguage: '中文',
  inboxTitle: 'Messages received',
  filters: 'Filters',
  filterDeputy: 'Deputy',
  filterStation: 'Station',
  filterStatus: 'Status',
  filterFrom: 'From (date)',
  filterTo: 'To (date)',
  search: 'Search (reference, name, text)',
  all: 'All',
  apply: 'Filter',
  clear: 'Clear filters',
  count: '{count} in all',
  none: 'No message matches.',
  statusNew: 'New',
  statusRead: 'Read',
  statusAccepted: 'Accepted',
  statusMerged: 'Merged',
  statusDeclined: 'Declined',
  colReference: 'Reference',
  colReceived: 'Received',
  colDeputy: 'Deputy',
  colStation: 'Station',
  colName: 'Name',
  colPhone: 'Phone',
  colBody: 'Text',
  colStatus: 'Status',
  export: 'Export (as filtered)',
  exportNotice: 'Exports hold names and phone numbers: for internal handling only, never to be published.',
  messageTitle: 'Message {reference}',
  contactNotice: 'The name and phone number are for staff to contact the resident; they are never published.',
  accept: 'Accept',
  acceptHelp: 'Accepting makes a suggestion that goes round the loop; if public, it appears on the public site (name and phone hidden).',
  fieldTitle: 'Title',
  fieldCategory: 'Category',
  fieldPublic: 'Publish on the public site (name and phone hidden)',
  merge: 'Merge',
  mergeHelp: 'The same matter as an existing suggestion: handle it with that one.',
  fieldSuggestion: 'Merge into',
  noSuggestions: 'There is no suggestion to merge into yet.',
  decline: 'Decline',
  fieldReason: 'Reason (the resident sees it when checking progress)',
  decided: 'This message has been handled: {status}.',
  linkedSuggestion: 'Its suggestion: {id}',
  suggestionsTitle: 'Suggestions (accepted at the desk)',
  noDeskSuggestions: 'No suggestion accepted yet.',
  colId: 'Suggestion',
  colTitle: 'Title',
  colStage: 'Stage',
  colDue: 'Reply due',
  suggestionTitle: 'Suggestion {id}',
  fromMessages: 'From messages: {references}',
  historyTitle: 'Steps so far',
  nextStepsTitle: 'Next step',
  noNextSteps: 'This suggestion is finished; there is no next step.',
  fieldDate: 'Date',
  fieldActor: 'Handled by (deputy or station)',
  fieldNote: 'Note',
  fieldDepartment: 'Lead department',
  fieldCoDepartments: 'Assisting departments (separate with commas)',
  fieldDeadline: 'Reply due (empty: the legal limit, 3 months, 6 for complex matters)',
  fieldComplex: 'Wide or hard matter (reply within 6 months)',
  fieldReply: 'Reply',
  fieldOutcome: 'Outcome',
  fieldSatisfaction: 'Rating',
  reopenNote: 'Unsatisfied reopens the matter: a new reply is due within 1 month.',
  recordStep: 'Record "{stage}"',
  due: 'Reply due: {due}',
  stepRefused: 'This step cannot be recorded: {rule}',
  auditTitle: 'Audit trail',
  colAt: 'Time',
  colUser: 'Account',
  colAction: 'Action',
  colTarget: 'Subject',
  colAddress: 'From address',
  colDetail: 'Detail',
  noAudit: 'Nothing recorded yet.',
  noContent: 'This server has no content folder (--content), so suggestions cannot be made or moved on here.',
  erased: '(erased)',
  handWritten: 'This suggestion is kept by the webmaster in suggestions.json: record its steps there. Messages can be merged into it.',
};

/** Used by server/desk/: why a loop step was refused, by rule (domain/suggestions/steps.ts). */
export const deskRules: Words<typeof zh.deskRules> = {
  finished: 'the suggestion is finished (closed or solved on the spot); nothing follows',
  'not-accepted': 'a suggestion is accepted first',
  'review-after-assignment': 'review comes before assignment',
  'already-reviewed': 'this round was reviewed already',
  'reply-needs-assignment': 'a reply needs an assignment to a department first',
  'already-replied': 'this round was replied to already',
  'needs-reply': 'this round needs a reply first',
  'already-fed-back': 'feedback was given in this round already',
  'already-rated': 'this round was rated already',
  'on-site-after-assignment': 'an assigned suggestion cannot be solved on the spot',
  'date-before-previous': 'the date cannot be before the previous step',
  'date-in-future': 'the date cannot be after today',
  'deadline-before-step': 'the reply deadline cannot be before the assignment',
  'bad-date': 'the date is not a date',
};

/** Used by server/desk/: the audit trail's actions. */
export const deskActions: Words<typeof zh.deskActions> = {
  'sign-in': 'signed in',
  'sign-in-failed': 'sign-in failed',
  'sign-out': 'signed out',
  view: 'opened a message',
  accept: 'accepted',
  merge: 'merged',
  decline: 'declined',
  step: 'recorded a step',
  export: 'exported messages',
  'staff-add': 'added an account',
  'staff-remove': 'removed an account',
  'staff-reset': 'reset a password',
  purge: 'erased personal data on schedule',
  'webhook-add': 'added a group robot',
  'webhook-remove': 'removed a group robot',
};

/** Used by server/desk/status.ts: the resident's own lookup. */
export const statusPage: Words<typeof zh.statusPage> = {
  title: 'Check progress',
  intro: 'Enter the reference you got when you sent your suggestion (e.g. Q9WJ-CB2T). Only the stage and dates are shown, never the text or personal data.',
  fieldReference: 'Reference',
  submit: 'Check',
  notFound: 'No such reference found. Please check it and try again.',
  received: 'Received on {date}, waiting to be taken up.',
  declined: 'Declined on {date}.',
  reason: 'Reason: {reason}',
  current: 'Current stage: {stage}',
  stepsTitle: 'Steps so far',
  due: 'Reply due: {due}',
  publicLink: 'See the public suggestion page',
  rateLimited: 'Too many lookups; please try again in a few minutes.',
  checkStatus: 'Check progress',
};

/** Used by server/desk/notices.ts: what group robots (WeCom, DingTalk) are sent. Never personal data. */
export const deskNotices: Words<typeof zh.deskNotices> = {
  newMessage: '[{town}] New message, reference {reference}{to}. Sign in to the message desk to handle it.',
  toDeputy: ' (to deputy {name})',
  toStation: ' (to {name})',
  digestTitle: '[{town}] Message desk daily digest ({date})',
  digestNew: 'Messages not yet handled: {count}',
  digestOverdue: 'Suggestions past their reply deadline: {count}',
  digestOverdueItem: '· {id}: {department}, due {due}, {days} days late',
  overdue: '[{town}] Suggestion {id} is past its reply deadline: {department}, due {due}. Please follow it up.',
};
