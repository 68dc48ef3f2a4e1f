import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { contactDue, contactErasableOn } from './retention.js';

describe('contact data retention (PIPL art. 47)', () => {
  it('keeps contact data while the case is open', () => {
    assert.equal(contactErasableOn(undefined), undefined);
    assert.equal(contactDue(undefined, '2099-01-01'), false);
  });
  it('erases it 180 days (or the town’s period) after the case ended', () => {
    assert.equal(contactErasableOn('2026-01-01'), '2026-06-30');
    assert.equal(contactDue('2026-01-01', '2026-06-29'), false);
    assert.equal(contactDue('2026-01-01', '2026-06-30'), true);
    assert.equal(contactErasableOn('2026-01-01', 30), '2026-01-31');
  });
});
