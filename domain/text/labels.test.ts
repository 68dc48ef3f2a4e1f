import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ACTIVITY_KIND_LABELS } from './labels.js';
import * as ZH from './translations/zh-CN.js';
import * as EN from './translations/en.js';

describe('labels', () => {
  it('an activity kind’s name is read from its words when asked, so words that arrive later are the ones said', () => {
    // In the embed build a catalogue section is an empty object until its language's file arrives.
    const section = ZH.dutyRecord as { kindClass: string };
    const given = section.kindClass;
    try {
      section.kindClass = '代表课堂（后到）';
      assert.equal(ACTIVITY_KIND_LABELS['zh-CN'].class, '代表课堂（后到）');
    } finally {
      section.kindClass = given;
    }
    assert.equal(ACTIVITY_KIND_LABELS['zh-CN'].class, given);
    assert.equal(ACTIVITY_KIND_LABELS.en['assembly-meeting'], EN.dutyRecord.kindAssemblyMeeting);
    assert.deepEqual(Object.keys(ACTIVITY_KIND_LABELS.en), ['group', 'team-meeting', 'class', 'consultation', 'inspection', 'assembly-meeting']);
  });
});
