/**
 * The whole JS API (`renda-kit/embed`), for apps that bundle renda-kit: importing it registers
 * every widget and adopts the theme tokens. Each component adds its define line and class export
 * here. Pages that do not bundle load dist/renda-embed.js instead, the loader
 * (components/autoloader.ts), which imports only the widgets a page uses.
 */
// First, in browsers that left server-rendered widgets as inert templates (iOS before 16.4):
// attach their shadow roots, so hydration finds them.
import './base/declarative-shadow-dom.js';
// Then, before any LitElement is defined: server-rendered widgets (declarative shadow DOM on the
// town sites) are hydrated in place instead of rendered a second time beside their SSR output.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { installTheme } from './base/theme-sheet.js';

import './qr-code/define.js';
import './deputy-card/define.js';
import './site-search/define.js';
import './suggestion-tracker/define.js';
import './station-map/define.js';
import './vote/define.js';

export { RendaQrCode } from './qr-code/qr-code.component.js';
export { qrPath, type QrEcc, type QrPath } from './qr-code/qr-path.js';
export { qrSvgString, svgToPngBlob } from './qr-code/qr-export.js';
export { RendaDeputyCard, type DeputyCardVariant, type PosterPaper } from './deputy-card/deputy-card.component.js';
export { parseDeputyRecord, type DeputyCardRecord, type CardStation } from './deputy-card/deputy-record.js';
export { RendaSiteSearch } from './site-search/site-search.component.js';
export { RendaSuggestionTracker, type NamedRecord } from './suggestion-tracker/suggestion-tracker.component.js';
export { RendaSuggestionSelectEvent, RendaViewChangeEvent } from './suggestion-tracker/events.js';
export { addCalendarMonths } from '../domain/calendar/dates.js';
export { replyDue, readClock, REPLY_MONTHS, type ClockStatus, type DeadlineBasis } from '../domain/suggestions/deadline.js';
export { handlingRounds, standing, type HandlingRound, type SuggestionStanding } from '../domain/suggestions/loop.js';
export { trackerStats, type TrackerStats } from '../domain/suggestions/figures.js';
export { suggestionsCsv, suggestionsJson } from '../domain/suggestions/export.js';
export { RendaStationMap, RendaStationSelectEvent } from './station-map/station-map.component.js';
export { convertLngLat, type LngLat } from '../domain/geo/coordinates.js';
export { stationIcs } from '../domain/calendar/ics.js';
export { RendaVote, RendaBallotCastEvent, parseVotes } from './vote/vote.component.js';
export { ballotOutcome, passThreshold, candidateResult, type BallotOutcome, type CandidateResult } from '../domain/votes/ballot-rules.js';
export { votePhase, resultsVisible, checkPicks, suggestionRating, suggestionRatingId, type VotePhase } from '../domain/votes/vote-rules.js';
export { ParticipationClient } from './vote/participation-client.js';

export { installTheme, themeCss } from './base/theme-sheet.js';
export { formatDate, formatNumber, resolveLocale } from '../domain/text/format.js';
export type { Locale } from '../domain/model.js';

installTheme();
