import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import rawSuggestions from '../../content/towns/fengquan/suggestions.json' with { type: 'json' };
import rawDeputies from '../../content/towns/fengquan/deputies.json' with { type: 'json' };
import rawStations from '../../content/towns/fengquan/stations.json' with { type: 'json' };
import { maskSuggestion } from '../../domain/privacy.js';
import type { PublicSuggestion, Suggestion } from '../../domain/model.js';
import './define.js';
import type { NamedRecord } from './suggestion-tracker.component.js';
import { overdueHeavy, syntheticSuggestions } from './synthetic.js';
import { storySrc } from '../base/story-fetch.fixtures.js';

/** The demo town's day, so clocks read the same as on the built demo site. */
const TODAY = '2026-11-20';

// The demo content is raw (names, phone numbers): stories show it the way the build publishes it.
const town: PublicSuggestion[] = (rawSuggestions as { suggestions: Suggestion[] }).suggestions.flatMap((s) => maskSuggestion(s) ?? []);
const deputies: NamedRecord[] = (rawDeputies as { deputies: NamedRecord[] }).deputies.map(({ id, name }) => ({ id, name }));
const stations: NamedRecord[] = (rawStations as { stations: NamedRecord[] }).stations.map(({ id, name }) => ({ id, name }));

/** The deputy with the most suggestions: a full deputy page. */
const busiestDeputy = (() => {
  const counts = new Map<string, number>();
  for (const s of town) for (const d of s.deputies) counts.set(d, (counts.get(d) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
})();

let tenThousand: PublicSuggestion[] | undefined;
const synthetic = () => (tenThousand ??= syntheticSuggestions(town, { count: 10_000, today: TODAY }));

interface TrackerArgs {
  suggestions: PublicSuggestion[];
  deputy: string;
  station: string;
  category: string;
  year: string;
  itemHref: string;
  headingLevel: number;
  noUrl: boolean;
  src: string;
}

const meta: Meta<TrackerArgs> = {
  title: 'Components/Suggestion tracker',
  component: 'renda-suggestion-tracker',
  args: { suggestions: town, deputy: '', station: '', category: '', year: '', itemHref: '', headingLevel: 2, noUrl: false, src: '' },
  argTypes: {
    suggestions: { control: false },
    headingLevel: { name: 'heading-level', control: { type: 'number', min: 2, max: 6 } },
    itemHref: { name: 'item-href' },
    noUrl: { name: 'no-url' },
  },
  parameters: { layout: 'fullscreen' },
  render: (args) => html`<renda-suggestion-tracker
    today=${TODAY}
    src=${args.src || nothing}
    deputy=${args.deputy || nothing}
    station=${args.station || nothing}
    category=${args.category || nothing}
    year=${args.year || nothing}
    item-href=${args.itemHref || nothing}
    heading-level=${args.headingLevel}
    ?no-url=${args.noUrl}
    .suggestions=${args.src ? undefined : args.suggestions}
    .deputies=${deputies}
    .stations=${stations}
  ></renda-suggestion-tracker>`,
};

export default meta;
type Story = StoryObj<TrackerArgs>;

/** 枫泉镇's 300 suggestions as published: masked submitters, private items gone. */
export const Town: Story = {};

/** Nothing published yet: a plain sentence, not an empty table. */
export const Empty: Story = { args: { suggestions: [] } };

/** 10,000 synthetic suggestions: the list is virtualized, search stays under a frame per keystroke. */
export const TenThousand: Story = {
  name: '10,000 synthetic',
  // Its own page only: the docs page shows every story at once and should open quickly.
  tags: ['!autodocs'],
  render: (args, context) => meta.render!({ ...args, suggestions: synthetic() }, context),
};

/** On a deputy's page: `deputy` narrows the tracker to their suggestions; the deputy filter disappears. */
export const OneDeputy: Story = { args: { deputy: busiestDeputy, headingLevel: 3 } };

/** A town where departments stall: most items overdue, the callout and the deadline sort matter. */
export const OverdueHeavy: Story = { args: { suggestions: overdueHeavy(town, TODAY) } };

/** English labels (the toolbar's Locale switch does the same for every story). */
export const English: Story = { globals: { locale: 'en' } };

/** Dark theme and 适老化 large text. */
export const DarkLargeText: Story = { globals: { theme: 'dark', text: 'large' } };

/** Waiting for `src`. */
export const Loading: Story = { args: { src: storySrc('loading', 'fengquan/data/suggestions.json') } };

/** A `src` that does not exist: the error state with its retry button. */
export const LoadError: Story = { args: { src: storySrc('missing', 'fengquan/data/suggestions.json') } };

/** The server failed (500). */
export const ServerError: Story = { args: { src: storySrc('server-error', 'fengquan/data/suggestions.json') } };

/** No network: the suggestions never arrived. */
export const Offline: Story = { args: { src: storySrc('offline', 'fengquan/data/suggestions.json') } };
