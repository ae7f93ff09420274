import { describe, expect, it } from 'vitest';
import { EVIDENCE_CATEGORIES, EVIDENCE_CATEGORY_IDS, evidenceCategory, evidenceCategoryId } from '../../src/framework/evidence-categories.js';

describe('CQC evidence categories', () => {
  it('are the six CQC categories, with the ids SPEC names', () => {
    expect(EVIDENCE_CATEGORIES).toEqual([
      "People's experience of health and care services",
      'Feedback from staff and leaders',
      'Feedback from partners',
      'Observation',
      'Processes',
      'Outcomes',
    ]);
    expect(EVIDENCE_CATEGORY_IDS).toEqual(['people', 'staff', 'partners', 'observation', 'processes', 'outcomes']);
  });

  // SPEC v2 fixes the mapping: other has no category, and feedback is placed only by who gave it.
  it.each([
    ['audit', undefined, 'processes', 'Processes'],
    ['care_record', undefined, 'processes', 'Processes'],
    ['minutes', undefined, 'processes', 'Processes'],
    ['training', undefined, 'processes', 'Processes'],
    ['observation', undefined, 'observation', 'Observation'],
    ['trend', undefined, 'outcomes', 'Outcomes'],
    ['incident', undefined, 'outcomes', 'Outcomes'],
    ['feedback', 'people', 'people', "People's experience of health and care services"],
    ['feedback', 'staff', 'staff', 'Feedback from staff and leaders'],
    ['feedback', 'partners', 'partners', 'Feedback from partners'],
    ['audit', 'staff', 'processes', 'Processes'],
    ['feedback', undefined, undefined, undefined],
    ['other', undefined, undefined, undefined],
  ])('%s from %s is in category %s', (type, from, id, name) => {
    expect(evidenceCategoryId(type, from)).toBe(id);
    expect(evidenceCategory(type, from)).toBe(name);
  });
});
