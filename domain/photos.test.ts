import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { imageTypeOf, imageTypeOfName, shownPhotos } from './photos.js';
import type { Activity, ProjectBallot } from './model.js';

const bytes = (...values: (number | string)[]) => new Uint8Array(values.flatMap((v) => (typeof v === 'string' ? [...v].map((c) => c.charCodeAt(0)) : [v])));

describe('imageTypeOf', () => {
  it('knows JPEG, PNG, GIF, WebP, AVIF and SVG by their first bytes', () => {
    assert.equal(imageTypeOf(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 'JFIF')), 'jpeg');
    assert.equal(imageTypeOf(bytes(0x89, 'PNG', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 'IHDR')), 'png');
    assert.equal(imageTypeOf(bytes('GIF89a', 1, 0)), 'gif');
    assert.equal(imageTypeOf(bytes('RIFF', 0x24, 0, 0, 0, 'WEBPVP8 ')), 'webp');
    assert.equal(imageTypeOf(bytes(0, 0, 0, 0x20, 'ftypavif', 0, 0, 0, 0)), 'avif');
    assert.equal(imageTypeOf(new TextEncoder().encode('\uFEFF<?xml version="1.0"?>\n<!-- drawn by hand -->\n<svg xmlns="http://www.w3.org/2000/svg"></svg>')), 'svg');
  });

  it('anything else is no image: a document renamed .jpg, HTML, an empty file', () => {
    assert.equal(imageTypeOf(bytes('%PDF-1.7')), undefined);
    assert.equal(imageTypeOf(new TextEncoder().encode('<html><svg></svg></html>')), undefined);
    assert.equal(imageTypeOf(new Uint8Array()), undefined);
  });

  it('imageTypeOfName reads the ending, any case', () => {
    assert.equal(imageTypeOfName('photos/A.JPG'), 'jpeg');
    assert.equal(imageTypeOfName('photos/a.svg'), 'svg');
    assert.equal(imageTypeOfName('photos/a.pdf'), undefined);
    assert.equal(imageTypeOfName('photos/jpg'), undefined);
  });
});

describe('shownPhotos', () => {
  const photo = (src: string) => ({ src, alt: src });
  const activity = (id: string, date: string, src: string): Activity => ({ id, kind: 'group', title: id, date, deputies: ['d1'], photos: [photo(src)] });
  const ballot: ProjectBallot = {
    id: 'b', kind: 'project-ballot', title: 'b', date: '2026-01-15', electorate: 10, ballotsIssued: 10, ballotsReturned: 10, seats: 1,
    candidates: [
      { id: 'chosen', name: 'chosen', for: 8, against: 1, abstain: 1, progress: [{ date: '2026-05-01', photos: [photo('p/may.jpg')] }, { date: '2026-12-01', photos: [photo('p/december.jpg')] }] },
      { id: 'not', name: 'not', for: 2, against: 7, abstain: 1, progress: [{ date: '2026-05-01', photos: [photo('p/not-chosen.jpg')] }] },
    ],
  };

  it('activities’ photos and chosen projects’ progress photos up to today; never a later entry’s or an unchosen project’s', () => {
    const shown = shownPhotos({ activities: [activity('a', '2026-03-01', 'p/a.jpg'), activity('later', '2026-12-24', 'p/later.jpg')], votes: [ballot] }, '2026-11-20');
    assert.deepEqual(shown.map((p) => p.src), ['p/a.jpg', 'p/may.jpg']);
  });
});
