/** Atom 1.0 feeds (RFC 4287): news per town, and stage changes of suggestions. */

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
export const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);

export interface AtomEntry {
  /** A stable, unique id: an absolute URL, or a URL with a fragment for events on one page. */
  id: string;
  title: string;
  /** Absolute link to the page. */
  link: string;
  /** `YYYY-MM-DD` or a full ISO timestamp. */
  updated: string;
  /** Plain text. */
  summary?: string;
  /** HTML, sent escaped as `type="html"`. */
  contentHtml?: string;
}

export interface AtomFeed {
  /** Absolute URL of the feed itself. */
  self: string;
  /** Absolute URL of the page the feed follows. */
  alternate: string;
  title: string;
  author: string;
  entries: AtomEntry[];
}

/** Dates in content are calendar days in China: midnight there. */
const timestamp = (date: string) => (/^\d{4}-\d{2}-\d{2}$/.test(date) ? `${date}T00:00:00+08:00` : date);

export function atomFeed(feed: AtomFeed): string {
  const updated = feed.entries.reduce((latest, e) => (timestamp(e.updated) > latest ? timestamp(e.updated) : latest), '1970-01-01T00:00:00Z');
  const entries = feed.entries.map(
    (e) => `  <entry>
    <id>${escapeXml(e.id)}</id>
    <title>${escapeXml(e.title)}</title>
    <link rel="alternate" type="text/html" href="${escapeXml(e.link)}"/>
    <updated>${timestamp(e.updated)}</updated>${e.summary ? `\n    <summary>${escapeXml(e.summary)}</summary>` : ''}${e.contentHtml ? `\n    <content type="html">${escapeXml(e.contentHtml)}</content>` : ''}
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">
  <id>${escapeXml(feed.self)}</id>
  <title>${escapeXml(feed.title)}</title>
  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.self)}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(feed.alternate)}"/>
  <author><name>${escapeXml(feed.author)}</name></author>
  <updated>${updated}</updated>
${entries.join('\n')}
</feed>
`;
}
