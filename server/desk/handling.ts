/**
 * Handling a message and moving a suggestion on: 受理 (a new suggestion file), 合并, 不予受理, and
 * each later step of the loop, with the order rule from domain/suggestions/steps.ts, the stale
 * check on the file's version, the scope check on every read, an audit entry and a rebuild after
 * every change.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Suggestion } from '../../domain/model.js';
import { OUTCOMES, SATISFACTIONS } from '../../domain/model.js';
import { chinaDateOf } from '../../domain/calendar/dates.js';
import { standing } from '../../domain/suggestions/loop.js';
import { applyStep, DESK_STEPS, nextSteps, stepProblem, type DeskStep, type StepInput } from '../../domain/suggestions/steps.js';
import { PageError, type DeskContext, type DeskTools } from './context.js';
import type { DeskMessage, StaffAccount } from './desk-store.js';
import { checkboxField, choiceField, dateField, listField, textField } from './forms.js';
import { ruleWords, sendPage, words, type Preferences } from './layout.js';
import { suggestionPage, type Header } from './pages.js';
import { mayHandleMessage, mayHandleSuggestion } from './scope.js';
import { createSuggestion, findSuggestion, listSuggestions, newSuggestionId, readListedSuggestions, removeSuggestion, replaceSuggestion } from './suggestion-files.js';

export function deskHandling(ctx: DeskContext, tools: DeskTools) {
  const { today, audit, contentChanged, redirect } = tools;

  async function messageInScope(account: StaffAccount, reference: string): Promise<DeskMessage> {
    const message = await ctx.store.message(reference);
    if (!message) throw new PageError(404, 'notFound');
    if (!mayHandleMessage(account, message, ctx.catalogue().towns.get(account.town))) throw new PageError(403, 'forbidden');
    return message;
  }

  /** Open suggestions the account may merge a message into: desk-made first, then hand-written ones. */
  async function mergeTargets(account: StaffAccount) {
    if (!ctx.contentDir) return [];
    const town = ctx.catalogue().towns.get(account.town);
    const all = [...(await listSuggestions(ctx.contentDir, account.town)), ...(await readListedSuggestions(ctx.contentDir, account.town))];
    return all.filter((f) => mayHandleSuggestion(account, f.suggestion, town) && !standing(f.suggestion, today()).finished);
  }

  async function decideMessage(account: StaffAccount, request: IncomingMessage, response: ServerResponse, message: DeskMessage, fields: Record<string, string>): Promise<number> {
    if (message.status !== 'new' && message.status !== 'read') throw new PageError(409, 'alreadyDecided');
    const action = choiceField(fields, 'action', 'nextStepsTitle', ['accept', 'merge', 'decline'] as const);
    const decidedAt = new Date(ctx.now()).toISOString();
    if (action === 'decline') {
      const reason = textField(fields, 'reason', 'fieldReason', { required: true, max: 500 })!;
      if (!(await ctx.store.decide(message.reference, { status: 'declined', reason, decidedAt }))) throw new PageError(409, 'alreadyDecided');
      await audit(account, request, 'decline', message.reference);
      return redirect(response, `/staff/messages/${message.reference}`);
    }
    if (!ctx.contentDir) throw new PageError(503, 'noContent');
    if (action === 'merge') {
      const id = choiceField(fields, 'suggestion', 'fieldSuggestion', (await mergeTargets(account)).map((f) => f.suggestion.id));
      if (!(await ctx.store.decide(message.reference, { status: 'merged', suggestion: id, decidedAt }))) throw new PageError(409, 'alreadyDecided');
      await audit(account, request, 'merge', message.reference, id);
      return redirect(response, `/staff/suggestions/${id}`);
    }
    const title = textField(fields, 'title', 'fieldTitle', { required: true, max: 100, oneLine: true })!;
    const category = textField(fields, 'category', 'fieldCategory', { required: true, max: 40, oneLine: true })!;
    const day = today();
    const actor = account.role === 'deputy' ? account.deputy : account.role === 'station' ? account.station : undefined;
    const suggestion: Suggestion = {
      id: newSuggestionId(day),
      title,
      body: message.body,
      category,
      source: 'scan',
      submitter: message.name,
      ...(checkboxField(fields, 'public') ? {} : { public: false }),
      deputies: message.deputy ? [message.deputy] : [],
      ...(message.station ? { station: message.station } : {}),
      history: [
        { stage: 'submitted', date: chinaDateOf(message.receivedAt) ?? day },
        { stage: 'accepted', date: day, ...(actor ? { actor } : {}) },
      ],
    };
    if (!(await createSuggestion(ctx.contentDir, account.town, suggestion))) throw new PageError(409, 'stale');
    if (!(await ctx.store.decide(message.reference, { status: 'accepted', suggestion: suggestion.id, decidedAt }))) {
      await removeSuggestion(ctx.contentDir, account.town, suggestion.id);
      throw new PageError(409, 'alreadyDecided');
    }
    await audit(account, request, 'accept', message.reference, suggestion.id);
    contentChanged(account.town);
    return redirect(response, `/staff/suggestions/${suggestion.id}`);
  }

  function stepInput(stage: DeskStep, fields: Record<string, string>): StepInput {
    const date = dateField(fields, 'date', 'fieldDate', true)!;
    const note = () => textField(fields, 'note', 'fieldNote', { max: 500 });
    switch (stage) {
      case 'reviewed': {
        const actor = textField(fields, 'actor', 'fieldActor', { max: 64, oneLine: true });
        const n = note();
        return { stage, date, ...(actor ? { actor } : {}), ...(n ? { note: n } : {}) };
      }
      case 'assigned': {
        const department = textField(fields, 'department', 'fieldDepartment', { required: true, max: 64, oneLine: true })!;
        const coDepartments = listField(fields, 'coDepartments', 'fieldCoDepartments', { items: 10, each: 64 });
        const deadline = dateField(fields, 'deadline', 'fieldDeadline', false);
        return { stage, date, department, ...(coDepartments.length ? { coDepartments } : {}), ...(deadline ? { deadline } : {}), ...(checkboxField(fields, 'complex') ? { complex: true } : {}) };
      }
      case 'replied':
        return { stage, date, reply: textField(fields, 'reply', 'fieldReply', { required: true, max: 5000 })!, outcome: choiceField(fields, 'outcome', 'fieldOutcome', OUTCOMES) };
      case 'resolved-on-site':
        return { stage, date, reply: textField(fields, 'reply', 'fieldReply', { required: true, max: 5000 })! };
      case 'rated':
        return { stage, date, satisfaction: choiceField(fields, 'satisfaction', 'fieldSatisfaction', SATISFACTIONS) };
      case 'fed-back':
      case 'closed': {
        const n = note();
        return { stage, date, ...(n ? { note: n } : {}) };
      }
    }
  }

  async function suggestionInScope(account: StaffAccount, id: string) {
    if (!ctx.contentDir) throw new PageError(503, 'noContent');
    const file = await findSuggestion(ctx.contentDir, account.town, id);
    if (!file) throw new PageError(404, 'notFound');
    if (!mayHandleSuggestion(account, file.suggestion, ctx.catalogue().towns.get(account.town))) throw new PageError(403, 'forbidden');
    return file;
  }

  async function recordStep(account: StaffAccount, request: IncomingMessage, response: ServerResponse, id: string, fields: Record<string, string>, prefs: Preferences, header: Header): Promise<number> {
    const file = await suggestionInScope(account, id);
    if (file.listed) throw new PageError(409, 'handWritten');
    const stage = choiceField(fields, 'stage', 'nextStepsTitle', DESK_STEPS);
    const version = fields['version'] ?? '';
    if (version !== file.version) throw new PageError(409, 'stale');
    const input = stepInput(stage, fields);
    const rule = stepProblem(file.suggestion.history, input, today());
    if (rule) {
      const text = words(prefs.locale, 'stepRefused', { rule: ruleWords(prefs.locale, rule) });
      const refs = await ctx.store.messagesOf(id);
      sendPage(response, 409, suggestionPage(prefs, header, file, refs, nextSteps(file.suggestion.history), today(), text));
      return 409;
    }
    const outcome = await replaceSuggestion(ctx.contentDir!, account.town, id, version, (current) => applyStep(current, input));
    if (outcome.status === 'stale') throw new PageError(409, 'stale');
    if (outcome.status === 'missing') throw new PageError(404, 'notFound');
    await audit(account, request, 'step', id, stage);
    contentChanged(account.town);
    return redirect(response, `/staff/suggestions/${id}`);
  }

  return { messageInScope, mergeTargets, decideMessage, suggestionInScope, recordStep };
}
