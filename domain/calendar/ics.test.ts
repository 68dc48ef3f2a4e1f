/** “Add to calendar”: the `.ics` a station's receptions make, parsed back with ical.js (Mozilla's parser). */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import ICAL from 'ical.js';
import { escapeText, foldLine, receptionOccurrences, receptionsIcs, stationIcs } from './ics.js';
import type { Station } from '../model.js';

const center: Station = {
  id: 'center',
  name: '枫泉镇人大代表联络中心站',
  kind: 'center',
  address: '枫泉镇人民路88号便民服务中心一楼',
  location: { lng: 119.953245, lat: 30.048719, crs: 'gcj02' },
  phone: '0571-63218812',
  reception: [
    { kind: 'monthly', day: 10, time: '09:00-11:30', label: '代表接待日' },
    { kind: 'weekly', weekday: 2, halfDay: 'morning' },
    { kind: 'quarterly-last-week', time: '09:00-17:00', label: '履职周' },
    { kind: 'once', date: '2026-12-01', label: '宪法日, 专题接待; 欢迎' },
  ],
  deputies: ['bq-001'],
};

const mobile: Station = {
  id: 'bus',
  name: '流动联络站',
  kind: 'mobile',
  address: '各村',
  location: { lng: 119.96, lat: 30.06, crs: 'wgs84' },
  reception: [],
  stops: [
    { date: '2026-11-25', place: '东村文化礼堂', time: '14:00-16:00', location: { lng: 119.97, lat: 30.07, crs: 'bd09' } },
    { date: '2026-12-03', place: '西村村委会' },
    { date: '2026-10-01', place: '已过去的一站' },
  ],
  deputies: [],
};

function parse(ics: string) {
  const component = new ICAL.Component(ICAL.parse(ics));
  for (const tz of component.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  return { component, events: component.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)) };
}

describe('station .ics', () => {
  const ics = stationIcs(center, { from: '2026-11-20', days: 60, now: new Date('2026-11-20T02:00:00Z'), url: 'https://renda.example.gov.cn/fengquan/stations/center/', uidDomain: 'renda.example.gov.cn', deputyNames: ['陈立群'] });

  it('is valid iCalendar with CRLF line ends, folded lines of at most 75 octets', () => {
    assert.ok(ics.startsWith('BEGIN:VCALENDAR\r\n') && ics.endsWith('END:VCALENDAR\r\n'));
    for (const line of ics.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, `too long: ${line}`);
    assert.doesNotMatch(ics.replace(/\r\n/g, ''), /\n/);
  });

  it('parses back to the receptions of the next 60 days, in China time', () => {
    const { component, events } = parse(ics);
    assert.equal(component.getFirstPropertyValue('x-wr-calname'), center.name);
    const monthly = events.filter((e) => e.summary.startsWith('代表接待日'));
    // 10 Jan 2027 is a Sunday: that reception is held on Monday 11 Jan.
    assert.deepEqual(monthly.map((e) => e.startDate.toString()), ['2026-12-10T09:00:00', '2027-01-11T09:00:00']);
    // 09:00 in Shanghai is 01:00 UTC, whatever zone this machine is in.
    assert.equal(monthly[0]!.startDate.toJSDate().toISOString(), '2026-12-10T01:00:00.000Z');
    assert.equal(monthly[0]!.endDate.toJSDate().toISOString(), '2026-12-10T03:30:00.000Z');
    assert.equal(monthly[0]!.location, center.address);
    assert.match(monthly[0]!.description, /陈立群/);
    assert.equal(monthly[0]!.uid, 'center-20261210-1@renda.example.gov.cn');
    const geo = monthly[0]!.component.getFirstPropertyValue('geo') as number[];
    // GEO is WGS-84: the GCJ-02 location moved back by the offset (hundreds of metres).
    assert.ok(Math.abs(geo[0]! - 30.048719) > 0.0005 || Math.abs(geo[1]! - 119.953245) > 0.0005);
  });

  it('weekly half-days are all-day events named with the half day; every Tuesday is there', () => {
    const { events } = parse(ics);
    const tuesdays = events.filter((e) => e.summary.includes('上午'));
    assert.equal(tuesdays.length, 8); // 2026-11-24 … 2027-01-12: the Tuesdays of the 60 days from 2026-11-20
    for (const e of tuesdays) {
      assert.ok(e.startDate.isDate);
      assert.equal(e.startDate.dayOfWeek(), ICAL.Time.TUESDAY);
    }
  });

  it('the quarter’s last week repeats daily 09:00–17:00, Monday to Friday', () => {
    const { events } = parse(ics);
    const week = events.find((e) => e.summary.startsWith('履职周'))!;
    assert.ok(week.isRecurring());
    const iterator = week.iterator();
    const days: string[] = [];
    for (let next = iterator.next(); next; next = iterator.next()) days.push(next.toString());
    assert.deepEqual(days, ['2026-12-21T09:00:00', '2026-12-22T09:00:00', '2026-12-23T09:00:00', '2026-12-24T09:00:00', '2026-12-25T09:00:00']);
  });

  it('UNTIL is in UTC when DTSTART has a time zone (RFC 5545 §3.3.10)', () => {
    const untils = ics.split('\r\n').filter((line) => line.includes('UNTIL='));
    assert.ok(untils.length > 0);
    for (const line of untils) assert.match(line, /UNTIL=\d{8}T\d{6}Z$/);
    // The last day's session, 09:00 in China, is 01:00 UTC.
    assert.ok(untils.some((line) => line.endsWith('UNTIL=20261225T010000Z')));
  });

  it('a holiday inside the week is left out (EXDATE); all-day weeks use a date UNTIL', () => {
    // 2026-09: 21–25 Sep, and 25 Sep is 中秋.
    const station = { ...center, reception: [{ kind: 'quarterly-last-week', label: '履职周' } as const] };
    const text = stationIcs(station, { from: '2026-09-01', days: 30, now: new Date('2026-09-01T00:00:00Z') });
    assert.match(text, /RRULE:FREQ=DAILY;UNTIL=20260924\r\n/);
    const timed = stationIcs({ ...center, reception: [{ kind: 'quarterly-last-week', time: '09:00-11:00', onHoliday: 'keep' }] }, { from: '2026-09-01', days: 30, now: new Date('2026-09-01T00:00:00Z') });
    assert.match(timed, /UNTIL=20260925T010000Z/);
    const { events } = parse(text);
    const iterator = events[0]!.iterator();
    const days: string[] = [];
    for (let next = iterator.next(); next; next = iterator.next()) days.push(next.toString());
    assert.deepEqual(days, ['2026-09-21', '2026-09-22', '2026-09-23', '2026-09-24']);
  });

  it('a monthly reception on a holiday is held on the next working day', () => {
    const station = { ...center, reception: [{ kind: 'monthly', day: 1, time: '09:00-11:30' } as const] };
    const { events } = parse(stationIcs(station, { from: '2026-09-28', days: 20, now: new Date('2026-09-28T00:00:00Z') }));
    assert.deepEqual(events.map((e) => e.startDate.toString()), ['2026-10-08T09:00:00']);
  });

  it('escapes commas and semicolons so the text comes back as written', () => {
    const { events } = parse(ics);
    assert.ok(events.some((e) => e.summary === '宪法日, 专题接待; 欢迎 · 枫泉镇人大代表联络中心站'));
    assert.equal(escapeText('a,b;c\\d\ne'), 'a\\,b\\;c\\\\d\\ne');
  });

  it('a mobile station gives its upcoming stops, with the stop as the place', () => {
    const { events } = parse(stationIcs(mobile, { from: '2026-11-20', now: new Date('2026-11-20T00:00:00Z') }));
    assert.deepEqual(events.map((e) => [e.startDate.toString(), e.location]), [
      ['2026-11-25T14:00:00', '东村文化礼堂'],
      ['2026-12-03', '西村村委会'],
    ]);
  });

  it('folds long Chinese lines without splitting a character', () => {
    const line = `DESCRIPTION:${'代表'.repeat(60)}`;
    const folded = foldLine(line);
    assert.equal(folded.split('\r\n ').join(''), line);
    for (const part of folded.split('\r\n')) assert.ok(Buffer.byteLength(part) <= 75);
  });

  it('lists occurrences in date order within the range', () => {
    const all = receptionOccurrences(center, '2026-11-20', '2026-12-31');
    assert.deepEqual(all.map((o) => o.date), [...all.map((o) => o.date)].sort());
    assert.ok(all.every((o) => o.date >= '2026-11-20' && o.date <= '2026-12-31'));
  });
});

describe('a town’s and a deputy’s .ics', () => {
  it('holds every station’s receptions, named for the calendar, valid for ical.js', () => {
    const text = receptionsIcs([{ station: center, url: 'https://x.example/center/' }, { station: mobile, deputyNames: ['王芳'] }], { name: '枫泉镇 代表接待', from: '2026-11-20', days: 60, now: new Date('2026-11-20T00:00:00Z') });
    const { component, events } = parse(text);
    assert.equal(component.getFirstPropertyValue('x-wr-calname'), '枫泉镇 代表接待');
    assert.ok(events.some((e) => e.location === '东村文化礼堂'));
    assert.ok(events.some((e) => e.summary.startsWith('代表接待日')));
    const uids = events.map((e) => e.uid);
    assert.equal(new Set(uids).size, uids.length);
    for (const e of events) assert.ok(e.startDate && e.summary);
    assert.equal(text.match(/BEGIN:VTIMEZONE/g)!.length, 1);
  });

  it('writes a station’s events for each calendar’s own settings, however many calendars hold the station', () => {
    // A station's events are made once per station and settings: a second calendar with other
    // settings (language, day, deputies, page) must not get the first one's.
    const options = { name: 'A', from: '2026-11-20', days: 60, now: new Date('2026-11-20T00:00:00Z') };
    const zh = receptionsIcs([{ station: center, deputyNames: ['王芳'] }], options);
    const en = receptionsIcs([{ station: center, deputyNames: ['王芳'] }], { ...options, locale: 'en' });
    const enOtherNames = receptionsIcs([{ station: center, deputyNames: ['Wang Fang'] }], { ...options, locale: 'en' });
    const later = receptionsIcs([{ station: center, deputyNames: ['王芳'] }], { ...options, from: '2026-12-20' });
    const withPage = receptionsIcs([{ station: center, url: 'https://x.example/center/', deputyNames: ['王芳'] }], options);
    assert.match(zh, /代表: 王芳/);
    assert.match(en, /Deputies: 王芳/);
    assert.doesNotMatch(en, /代表: /);
    assert.match(enOtherNames, /Deputies: Wang Fang/);
    assert.ok(parse(later).events.every((e) => e.startDate.toString() >= '2026-12-20'));
    assert.ok(parse(zh).events.some((e) => e.startDate.toString() < '2026-12-20'));
    assert.doesNotMatch(zh, /x\.example/);
    assert.match(withPage, /URL:https:\/\/x\.example\/center\//);
    // Asked again, the same settings give the same file.
    assert.equal(receptionsIcs([{ station: center, deputyNames: ['王芳'] }], options), zh);
  });
});
