import { describe, expect, it } from 'vitest';
import { EVIDENCE_CATEGORIES, evidenceCategory } from '../../src/framework/evidence-categories.js';

describe('CQC evidence categories', () => {
  it('are the six CQC categories', () => {
    expect(EVIDENCE_CATEGORIES).toEqual([
      "People's experience of health and care services",
      'Feedback from staff and leaders',
      'Feedback from partners',
      'Observation',
      'Processes',
      'Outcomes',
    ]);
  });

  it.each([
    ['audit', undefined, 'Processes'],
    ['care_record', undefined, 'Processes'],
    ['minutes', undefined, 'Processes'],
    ['training', undefined, 'Processes'],
    ['observation', undefined, 'Observation'],
    ['trend', undefined, 'Outcomes'],
    ['incident', undefined, 'Outcomes'],
    ['feedback', 'people', "People's experience of health and care services"],
    ['feedback', 'staff', 'Feedback from staff and leaders'],
    ['feedback', 'partners', 'Feedback from partners'],
    ['feedback', undefined, "People's experience of health and care services"],
    ['audit', 'staff', 'Processes'],
    ['other', undefined, 'Processes'],
  ])('%s from %s counts as %s', (type, from, category) => {
    expect(evidenceCategory(type, from)).toBe(category);
  });
});
