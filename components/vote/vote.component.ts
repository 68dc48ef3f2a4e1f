import { html, isServer, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import { JsonDataController } from '../base/data-controller.js';
import { renderDataState } from '../base/data-state.js';
import { SATISFACTION_LABELS } from '../../domain/text/suggestion-labels.js';
import { LocaleController } from '../base/localize.js';
import { createMsg } from '../../domain/text/messages.js';
import { formatNumber } from '../../domain/text/format.js';
import type { Locale } from '../../domain/model.js';
import { SATISFACTIONS, type Poll, type ProjectBallot, type Rating, type VoteEvent } from '../../domain/model.js';
import { ballotOutcome, candidateResult, passThreshold, rankCandidates, type CandidateResult } from '../../domain/votes/ballot-rules.js';
import { projectStanding, type ProjectStanding } from '../../domain/votes/projects.js';
import { chinaDateOf, todayInChina } from '../../domain/calendar/dates.js';
import type { OptionCount } from '../../domain/votes/participation.js';
import { isBinding, isCastable, maxPicks, recordedCounts, resultsVisible, votePhase, type CastableVote, type VotePhase } from '../../domain/votes/vote-rules.js';
import { CastController } from './cast-controller.js';
import { barWidth } from './vote-format.js';
import { formatDate, formatDateTime, formatMonth, formatShare } from '../../domain/text/format.js';
import { voteStyles } from './vote.styles.js';
import * as ZH from '../../domain/text/translations/zh-CN.js';
import * as EN from '../../domain/text/translations/en.js';

const msg = createMsg({ 'zh-CN': ZH.vote, en: EN.vote });

type VoteKind = VoteEvent['kind'];
const KINDS: readonly VoteKind[] = ['project-ballot', 'poll', 'rating'];

/** Accepts the open data's `{ votes: [...] }`, a bare array, or one vote. */
export function parseVotes(json: unknown): VoteEvent[] {
  const list = Array.isArray(json) ? json : json && typeof json === 'object' && Array.isArray((json as { votes?: unknown }).votes) ? (json as { votes: unknown[] }).votes : json && typeof json === 'object' && 'kind' in json ? [json] : undefined;
  if (!list) throw new Error('expected { "votes": [...] }');
  for (const vote of list) {
    const v = vote as Partial<VoteEvent>;
    if (!v || typeof v.id !== 'string' || typeof v.title !== 'string' || !KINDS.includes(v.kind as VoteKind)) throw new Error('a vote needs id, kind and title');
  }
  return list as VoteEvent[];
}

/** Fired when the server has stored a ballot (never before): `vote`, `town`, `castAt`. */
export class RendaBallotCastEvent extends Event {
  constructor(
    readonly town: string,
    readonly vote: string,
    readonly castAt: string,
    /** The server had this ballot already: an earlier attempt reached it. */
    readonly replayed: boolean,
  ) {
    super('renda-ballot-cast', { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'renda-ballot-cast': RendaBallotCastEvent;
  }
}

type Tone = 'info' | 'success' | 'warning' | 'error';

/**
 * @summary A vote, read right: the deputies' binding 票决 on livelihood projects, a residents'
 * poll, or a satisfaction rating, with its results as an accessible chart and, for polls and
 * ratings, a ballot that counts only once the participation API has stored it.
 *
 * @tagname renda-vote
 *
 * @event {RendaBallotCastEvent} renda-ballot-cast - A ballot was stored by the server (`RendaBallotCastEvent`: `town`, `vote`, `castAt`, `replayed`).
 *
 * @csspart base - The whole widget.
 * @csspart badge - Binding (票决) or advisory (poll, rating).
 * @csspart title - The vote's title.
 * @csspart notice - The sentence that says where the vote stands or what happened to a ballot.
 * @csspart form - The ballot: options and the cast button.
 * @csspart option - One option (a candidate or a satisfaction grade).
 * @csspart cast-button - The button that sends the ballot.
 * @csspart results - The results: a list whose numbers are text, with bars beside them.
 * @csspart facts - The 票决's electorate, ballots issued and returned, and seats.
 * @csspart project - One candidate project of a 票决.
 * @csspart progress - A chosen project's progress: the latest percentage and milestone, completed or late.
 * @csspart retry-button - Tries again after a failure.
 *
 * @cssproperty [--renda-vote-gap=var(--renda-space-4)] - Space between the widget's blocks.
 * @cssproperty [--renda-vote-bar=var(--renda-color-accent)] - Colour of result bars.
 * @cssproperty [--renda-vote-bar-track=var(--renda-color-surface)] - Background of result bars.
 * @cssproperty [--renda-vote-bar-height=12px] - Height of result bars.
 * @cssproperty [--renda-vote-for=var(--renda-color-success)] - Votes for, in a 票决's bar.
 * @cssproperty [--renda-vote-against=var(--renda-color-danger)] - Votes against.
 * @cssproperty [--renda-vote-abstain=var(--renda-color-text-muted)] - Abstentions.
 */
export class RendaVote extends LitElement {
  static override styles = voteStyles;

  /** Which kind to show when `vote-id` is not given: the first vote of this kind in `src`. */
  @property() kind?: VoteKind;

  /** JSON URL of the town's votes (`/<town>/data/votes.json`), or of one vote. */
  @property() src?: string;

  /** The vote's id in `src` and at the API. */
  @property({ attribute: 'vote-id' }) voteId?: string;

  /** The town's slug, for the API (`fengquan`). */
  @property() town?: string;

  /** Base URL of the participation API, e.g. `https://renda.example.gov.cn/api/`. Without it, polls and ratings show their published results only. */
  @property() api?: string;

  /** The vote itself (a `votes.json` entry); wins over `src`. As an attribute: its JSON. */
  @property({ type: Object }) vote?: VoteEvent;

  /** A fixed “now” (ISO time) for previews and tests; normally the clock, corrected by the server's. */
  @property() now?: string;

  /** When the server rendered this element (ISO): the first paint uses it so hydration matches; the live clock takes over after. */
  @property({ attribute: 'rendered-at' }) renderedAt?: string;

  /**
   * Who holds a project ballot: a people's congress (`congress`, a statutory vote) or a
   * subdistrict's 议政代表会 (`assembly`: its vote, carried out by the subdistrict office).
   */
  @property() body: 'congress' | 'assembly' = 'congress';

  /** The heading level of the title, 2–6. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Waits between attempts when a ballot fails to send (ms); one attempt more than entries. */
  @property({ attribute: false }) retryDelays?: number[];

  @state() private hydrated = false;

  private readonly localeController = new LocaleController(this);
  private readonly data = new JsonDataController<VoteEvent[]>(this, {
    src: () => this.src,
    data: () => (this.vote ? [this.vote] : undefined),
    parse: parseVotes,
  });
  private readonly casting = new CastController(this, {
    vote: () => this.selectedVote,
    clock: () => this.clock(),
    clockFixed: () => !!this.now,
    retryDelays: () => this.retryDelays,
    onStored: (town, vote, castAt, replayed) => {
      const cast = new RendaBallotCastEvent(town, vote, castAt, replayed);
      this.dispatchEvent(cast);
    },
  });

  private get locale(): Locale {
    return this.localeController.locale;
  }

  /** The vote shown: by id, else the first of `kind`, else the first. */
  get selectedVote(): VoteEvent | undefined {
    const votes = this.data.value ?? [];
    if (this.vote) return this.vote;
    if (this.voteId) return votes.find((v) => v.id === this.voteId);
    return this.kind ? votes.find((v) => v.kind === this.kind) : votes[0];
  }

  private clock(): number {
    if (this.now) return Date.parse(this.now);
    if (!this.hydrated && this.renderedAt) return Date.parse(this.renderedAt);
    return Date.now() + this.casting.serverOffset;
  }

  protected override firstUpdated(): void {
    // Until now the element rendered what the server rendered; from here it is live. (A
    // microtask, so the second render is its own update rather than one forced mid-cycle.)
    queueMicrotask(() => (this.hydrated = true));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (isServer || !this.hydrated) return;
    this.casting.follow(this.api, this.town);
  }

  private onPick(event: Event): void {
    const input = event.target as HTMLInputElement;
    const vote = this.selectedVote;
    if (!vote || !isCastable(vote)) return;
    this.casting.pick(vote, input.value, input.checked);
  }

  private onSubmit(event: Event): void {
    event.preventDefault();
    void this.casting.send(false);
  }

  // ── rendering ──────────────────────────────────────────────────────────────

  private heading(title: string): TemplateResult {
    const level = Math.min(6, Math.max(2, Math.round(this.headingLevel) || 2));
    return html`<div class="vote__title" part="title" id="title" role="heading" aria-level=${level}>${title}</div>`;
  }

  private header(vote: VoteEvent, meta: string | typeof nothing, description?: string): TemplateResult {
    const l = this.locale;
    const badge = isBinding(vote) ? msg(l, this.body === 'assembly' ? 'assemblyBallot' : 'binding') : vote.kind === 'poll' ? msg(l, 'advisoryPoll') : vote.kind === 'rating' && vote.raters === 'deputies' ? msg(l, 'deputiesRating') : msg(l, 'advisoryRating');
    return html`<header class="vote__header">
      <p class="vote__badge ${isBinding(vote) ? 'vote__badge--binding' : 'vote__badge--advisory'}" part="badge">${badge}</p>
      ${this.heading(vote.title)} ${meta === nothing ? nothing : html`<p class="vote__meta">${meta}</p>`}
      ${description ? html`<p class="vote__description">${description}</p>` : nothing}
    </header>`;
  }

  private renderBallot(ballot: ProjectBallot): TemplateResult {
    const l = this.locale;
    const outcome = ballotOutcome(ballot);
    const threshold = passThreshold(ballot.electorate);
    const tied = ballot.candidates.filter((c) => outcome.tiedAtCut.has(c.id));
    const n = (value: number) => formatNumber(value, l);
    const fact = (label: string, value: string) => html`<div><dt>${label}</dt><dd>${value}</dd></div>`;
    const share = (value: number) => ({ inlineSize: `${barWidth(value, ballot.electorate)}%` });
    // The build's day until the browser runs it, so the server's words and the hydrated ones match.
    const today = chinaDateOf(new Date(this.clock()).toISOString()) ?? todayInChina();
    return html`<section class="vote" part="base" aria-labelledby="title">
      ${this.header(ballot, ballot.session ? msg(l, 'session', { session: ballot.session, date: formatMonth(ballot.date, l) }) : formatMonth(ballot.date, l))}
      <dl class="facts" part="facts">
        ${fact(msg(l, 'electorate'), msg(l, 'electorateValue', { count: ballot.electorate }))}
        ${fact(msg(l, 'issued'), msg(l, 'ballotsValue', { count: ballot.ballotsIssued }))}
        ${fact(msg(l, 'returned'), msg(l, 'ballotsValue', { count: ballot.ballotsReturned }))}
        ${fact(msg(l, 'candidates'), msg(l, 'candidatesValue', { count: ballot.candidates.length, seats: ballot.seats }))}
      </dl>
      <p class="rule">${msg(l, 'passRule', { threshold, electorate: ballot.electorate })}</p>
      <p>${msg(l, 'chosenSummary', { count: outcome.chosen.size })}</p>
      <p class="legend muted" aria-hidden="true">
        <span>${msg(l, 'legend')}</span><span class="legend__item"><span class="swatch swatch--for"></span>${msg(l, 'for')}</span><span class="legend__item"><span class="swatch swatch--against"></span>${msg(l, 'against')}</span><span class="legend__item"><span class="swatch swatch--abstain"></span>${msg(l, 'abstain')}</span><span class="legend__item"><span class="swatch swatch--half"></span>${msg(l, 'halfLine')}</span>
      </p>
      ${tied.length ? html`<p class="notice notice--warning" part="notice">${msg(l, 'tieWarning', { names: tied.map((c) => `“${c.name}”`).join(l === 'zh-CN' ? '、' : ', ') })}</p>` : nothing}
      <ol class="projects" part="results" aria-label=${msg(l, 'projectsLabel')}>
        ${rankCandidates(ballot.candidates).map((c) => {
          const result: CandidateResult = candidateResult(outcome, c);
          const standing = result === 'chosen' ? projectStanding(ballot, c, today) : undefined;
          const when = standing?.completed ? msg(l, 'completed', { date: formatDate(standing.completed, l) }) : standing?.late && c.completion ? msg(l, 'progressLate', { date: formatMonth(c.completion, l) }) : !standing && c.completed ? msg(l, 'completed', { date: formatDate(c.completed, l) }) : c.completion ? msg(l, 'completion', { date: formatMonth(c.completion, l) }) : '';
          const meta = [c.investment !== undefined ? msg(l, 'investment', { amount: l === 'zh-CN' ? c.investment : c.investment * 10_000 }) : '', when].filter(Boolean).join(' · ');
          return html`<li class="project project--${result === 'chosen' ? 'chosen' : result === 'tied' ? 'tied' : 'other'}" part="project">
            <div class="project__head"><span class="project__name">${c.name}</span><span class="result result--${result}">${msg(l, `result-${result}`)}</span></div>
            <p class="project__counts">${msg(l, 'counts', { for: n(c.for), against: n(c.against), abstain: n(c.abstain) })}</p>
            <div class="stack" aria-hidden="true">
              <span class="stack__for" style=${styleMap(share(c.for))}></span><span class="stack__against" style=${styleMap(share(c.against))}></span><span class="stack__abstain" style=${styleMap(share(c.abstain))}></span><span class="stack__half"></span>
            </div>
            ${meta ? html`<p class="muted">${meta}</p>` : nothing} ${standing ? this.renderProgress(standing) : nothing} ${c.description ? html`<p>${c.description}</p>` : nothing}
          </li>`;
        })}
      </ol>
    </section>`;
  }

  /** A chosen project through the year (domain/votes/projects.ts): how far, the latest milestone, completed or late. */
  private renderProgress(standing: ProjectStanding): TemplateResult {
    const l = this.locale;
    const latest = standing.latest;
    const step = latest?.milestone ?? latest?.report;
    const words = [standing.percent !== undefined ? msg(l, 'progressPercent', { percent: standing.percent }) : '', latest && step ? msg(l, 'progressLatest', { date: formatDate(latest.date, l), milestone: step }) : ''].filter(Boolean);
    const tone = standing.completed ? 'done' : standing.late ? 'late' : 'running';
    return html`<div class="progress progress--${tone}" part="progress">
      <p><span class="progress__label">${msg(l, 'progress')}</span> ${words.length ? words.join(' · ') : msg(l, 'progressNone')}</p>
      ${standing.percent !== undefined ? html`<span class="progress__bar" aria-hidden="true"><span class="progress__fill" style=${styleMap({ inlineSize: `${Math.min(100, Math.max(0, standing.percent))}%` })}></span></span>` : nothing}
    </div>`;
  }

  private notice(vote: CastableVote, phase: VotePhase): { text: string; tone: Tone; action?: { label: string; run: () => void } } | undefined {
    const l = this.locale;
    const time = (iso: string | undefined) => (iso ? formatDateTime(iso, l) : '');
    const rating = vote.kind === 'rating';
    const { sending, outcome, statusState } = this.casting.state;
    if (sending) {
      if (sending.attempt > 0) return { text: msg(l, 'retrying', { attempt: String(sending.attempt + 1) }), tone: 'warning' };
      return { text: sending.resumed ? msg(l, 'resuming') : msg(l, 'sending'), tone: 'info' };
    }
    const resend = { label: msg(l, 'resend'), run: () => void this.casting.send(true) };
    switch (outcome?.kind) {
      case 'stored':
        return { text: msg(l, rating ? 'storedRating' : 'stored', { time: time(outcome.castAt) }), tone: 'success' };
      case 'already-voted':
        if (!outcome.castAt) return { text: msg(l, rating ? 'alreadyRatedPlain' : 'alreadyVotedPlain'), tone: 'success' };
        return { text: msg(l, rating ? 'alreadyRated' : 'alreadyVoted', { time: time(outcome.castAt) }), tone: 'success' };
      case 'offline':
        return { text: msg(l, 'castOffline'), tone: 'error', action: resend };
      case 'server-error':
        return { text: msg(l, 'castServerError'), tone: 'error', action: resend };
      case 'no-picks':
        return { text: msg(l, 'noPicks'), tone: 'warning' };
      case 'rejected': {
        const code = outcome.code;
        const key = code === 'closed' ? 'rejectedClosed' : code === 'not-yet-open' ? 'rejectedNotOpen' : code === 'unknown-option' || code === 'too-many-picks' || code === 'unknown-vote' ? 'rejectedChanged' : code === 'rate-limited' ? 'rejectedRate' : 'rejectedOther';
        return { text: msg(l, key), tone: 'error' };
      }
      default:
        break;
    }
    if (phase === 'not-yet-open') return { text: msg(l, 'notYetOpen', { opens: time(vote.opens) }), tone: 'info' };
    if (phase === 'closed') return { text: msg(l, 'closed', { closes: time(vote.closes) }), tone: 'info' };
    if (!this.api || !this.town) return { text: msg(l, 'noApi'), tone: 'info' };
    const retry = { label: msg(l, 'retry'), run: () => void this.casting.loadStatus(true) };
    switch (statusState) {
      case 'offline':
        return { text: msg(l, 'statusOffline'), tone: 'error', action: retry };
      case 'server-error':
        return { text: msg(l, 'statusServerError'), tone: 'error', action: retry };
      case 'missing':
        return { text: msg(l, 'statusMissing'), tone: 'error' };
      case 'loading':
        return { text: msg(l, 'connecting'), tone: 'info' };
      default:
        // Ready, or server-rendered (idle): the phase, in the schedule's words.
        if (!vote.closes) return { text: msg(l, 'openRatingNoEnd'), tone: 'info' };
        return { text: msg(l, rating ? 'openRating' : 'open', { closes: time(vote.closes) }), tone: 'info' };
    }
  }

  private renderNotice(vote: CastableVote, phase: VotePhase): TemplateResult {
    const notice = this.notice(vote, phase);
    // The live region is always there, so a change of its text is announced.
    return html`<div class="notice notice--${notice?.tone ?? 'info'}" part="notice" role="status">${notice
      ? html`<p>${notice.text}</p>${notice.action
          ? html`<p class="notice__actions"><button class="button" part="retry-button" type="button" @click=${notice.action.run}>${notice.action.label}</button></p>`
          : nothing}`
      : nothing}</div>`;
  }

  private renderForm(vote: CastableVote): TemplateResult {
    const l = this.locale;
    const max = maxPicks(vote);
    const { picks, sending, statusState } = this.casting.state;
    const ready = this.hydrated && statusState === 'ready' && !sending;
    const full = vote.kind === 'poll' && picks.length >= max;
    const options = vote.kind === 'poll' ? vote.candidates.map((c) => ({ id: c.id, name: c.name, description: c.description })) : SATISFACTIONS.map((s) => ({ id: s, name: SATISFACTION_LABELS[l][s], description: undefined }));
    const type = vote.kind === 'poll' ? 'checkbox' : 'radio';
    return html`<form class="ballot" part="form" @submit=${this.onSubmit} novalidate>
      <fieldset ?disabled=${!ready}>
        <legend>${vote.kind === 'poll' ? msg(l, 'pickUpTo', { max }) : msg(l, 'pickOne')}</legend>
        <ul class="options">
          ${options.map((o) => {
            const checked = picks.includes(o.id);
            return html`<li>
              <label class="option" part="option">
                <input type=${type} name="pick" .value=${o.id} .checked=${checked} ?disabled=${full && !checked} @change=${this.onPick} />
                <span class="option__text"><span>${o.name}</span>${o.description ? html`<span class="muted">${o.description}</span>` : nothing}</span>
              </label>
            </li>`;
          })}
        </ul>
        ${vote.kind === 'poll'
          ? html`<p class="counter muted" aria-live="polite">${full ? msg(l, 'pickedFull', { max }) : msg(l, 'picked', { count: picks.length, left: max - picks.length })}</p>`
          : nothing}
      </fieldset>
      <p class="actions">
        <button class="button button--primary" part="cast-button" type="submit" ?disabled=${!ready}>${vote.kind === 'poll' ? msg(l, 'castPoll') : msg(l, 'castRating')}</button>
      </p>
    </form>`;
  }

  private renderChart(vote: CastableVote, counts: OptionCount[], caption: string): TemplateResult {
    const l = this.locale;
    const names = new Map<string, string>(vote.kind === 'poll' ? vote.candidates.map((c) => [c.id, c.name]) : SATISFACTIONS.map((s) => [s, SATISFACTION_LABELS[l][s]]));
    const total = counts.reduce((sum, c) => sum + c.total, 0);
    const top = Math.max(0, ...counts.map((c) => c.total));
    const rows = vote.kind === 'poll' ? [...counts].sort((a, b) => b.total - a.total) : counts;
    const satisfied = counts.filter((c) => c.id !== 'unsatisfied').reduce((sum, c) => sum + c.total, 0);
    return html`<figure class="results" part="results">
      <figcaption class="results__caption">${caption}</figcaption>
      <ol class="chart">
        ${rows.map(
          (c) => html`<li class="chart__row">
            <span class="chart__label">${names.get(c.id) ?? c.id}</span>
            <span class="chart__value">${vote.kind === 'rating' ? msg(l, 'votesShare', { count: formatNumber(c.total, l), share: formatShare(c.total, total) }) : msg(l, c.total === 1 ? 'votesOne' : 'votes', { count: formatNumber(c.total, l) })}</span>
            <span class="chart__bar" aria-hidden="true"><span class="chart__fill" style=${styleMap({ inlineSize: `${barWidth(c.total, vote.kind === 'rating' ? total : top)}%` })}></span></span>
          </li>`,
        )}
      </ol>
      ${vote.kind === 'rating' ? html`<p>${msg(l, 'satisfactionRate', { share: formatShare(satisfied, total) })}</p>` : nothing}
    </figure>`;
  }

  private renderResults(vote: CastableVote, phase: VotePhase): TemplateResult | typeof nothing {
    const l = this.locale;
    if (!this.api || !this.town) {
      if (!resultsVisible(vote, phase)) return html`<p class="muted">${msg(l, 'resultsHidden')}</p>`;
      const recorded = recordedCounts(vote);
      const counts = Object.entries(recorded).map(([id, n]) => ({ id, online: 0, recorded: n, total: n }));
      if (vote.kind === 'rating' && !vote.results) return nothing;
      if (vote.kind === 'poll' && vote.candidates.every((c) => c.votes === undefined)) return nothing;
      return this.renderChart(vote, counts, msg(l, 'resultsPublished'));
    }
    const { status, statusState } = this.casting.state;
    const tally = this.casting.state.tally ?? status?.tally;
    const asOf = this.casting.state.tally ? this.casting.state.tallyAt : status?.now;
    if (tally) {
      const recorded = tally.options.some((o) => o.recorded > 0);
      const rating = vote.kind === 'rating';
      const when = phase === 'closed' ? msg(l, rating ? 'ratingFinal' : 'resultsFinal') : msg(l, rating ? 'ratingCaption' : 'resultsCaption', { time: asOf ? formatDateTime(asOf, l) : '' });
      const online = msg(l, `${rating ? 'onlineRatings' : 'onlineBallots'}${tally.ballots === 1 ? 'One' : ''}`, { count: formatNumber(tally.ballots, l) });
      const caption = `${when} · ${online}${recorded ? msg(l, 'withRecorded') : ''}`;
      return this.renderChart(vote, tally.options, caption);
    }
    if (status && !status.resultsVisible) return html`<p class="muted">${msg(l, 'resultsHidden')}</p>`;
    if (!resultsVisible(vote, phase)) return html`<p class="muted">${msg(l, 'resultsHidden')}</p>`;
    if (statusState === 'idle') return nothing;
    if (statusState === 'loading') return html`<p class="muted">${msg(l, 'resultsLoading')}</p>`;
    return html`<p class="muted">${msg(l, 'resultsUnavailable')}</p>`;
  }

  private renderCastable(vote: CastableVote): TemplateResult {
    const l = this.locale;
    const phase = votePhase(vote, this.clock());
    const schedule = vote.opens && vote.closes ? msg(l, 'schedule', { opens: formatDateTime(vote.opens, l), closes: formatDateTime(vote.closes, l) }) : vote.opens ? msg(l, 'scheduleOpenEnded', { opens: formatDateTime(vote.opens, l) }) : nothing;
    const showForm = phase === 'open' && !!this.api && !!this.town && !this.casting.voted && this.casting.state.statusState !== 'missing';
    return html`<section class="vote" part="base" aria-labelledby="title">
      ${this.header(vote, schedule, (vote as Poll).description)} ${this.renderNotice(vote, phase)} ${showForm ? this.renderForm(vote) : nothing}
      ${this.renderResults(vote, phase)}
    </section>`;
  }

  /** The deputies' year-end rating of a project: counted at the session, published as recorded; nothing to cast. */
  private renderDeputiesRating(vote: Rating): TemplateResult {
    const counts = Object.entries(recordedCounts(vote)).map(([id, n]) => ({ id, online: 0, recorded: n, total: n }));
    return html`<section class="vote" part="base" aria-labelledby="title">
      ${this.header(vote, nothing)} ${vote.results ? this.renderChart(vote, counts, msg(this.locale, 'deputiesRatingCaption')) : html`<p class="muted">${msg(this.locale, 'resultsHidden')}</p>`}
    </section>`;
  }

  override render(): TemplateResult {
    const state = renderDataState(this.data, this.locale, { empty: msg(this.locale, 'notFound') });
    if (state) return state;
    const vote = this.selectedVote;
    if (!vote || (this.kind && vote.kind !== this.kind)) {
      if (this.data.state === 'idle') return html``;
      return html`<div class="data-state" part="empty" role="status">${msg(this.locale, 'notFound')}</div>`;
    }
    if (vote.kind === 'rating' && vote.raters === 'deputies') return this.renderDeputiesRating(vote);
    return vote.kind === 'project-ballot' ? this.renderBallot(vote) : this.renderCastable(vote as Poll | Rating);
  }
}
