import { describe, expect, it } from 'vitest';
import { REGULATIONS, regulationLabel } from '../../src/framework/regulations.js';
import { loadSchema } from '../schemas/validate.js';

describe('fundamental standards', () => {
  it('lists regulation 5 and the fundamental standards 9 to 20A in order', () => {
    expect([...REGULATIONS.keys()]).toEqual(['5', '9', '9A', '10', '11', '12', '13', '14', '15', '16', '17', '18', '19', '20', '20A']);
    expect(REGULATIONS.get('12')).toBe('Safe care and treatment');
    expect(REGULATIONS.get('17')).toBe('Good governance');
  });

  it('are exactly the numbers the action schema accepts', () => {
    const action = loadSchema('action') as { properties: { regulations: { items: { enum: string[] } } } };
    expect(action.properties.regulations.items.enum).toEqual([...REGULATIONS.keys()]);
  });

  it('are exactly the keys cqc.yaml policy.regulation_risk accepts', () => {
    const cqc = loadSchema('cqc') as { $defs: { regulationRisk: { properties: Record<string, unknown> } } };
    // As a set: JavaScript lists integer-like keys ("12") before others ("9A") whatever the file order.
    expect(new Set(Object.keys(cqc.$defs.regulationRisk.properties))).toEqual(new Set(REGULATIONS.keys()));
  });

  it('label a regulation for reports', () => {
    expect(regulationLabel('20')).toBe('Regulation 20: Duty of candour');
    expect(regulationLabel('5')).toBe('Regulation 5: Fit and proper persons: directors');
    expect(regulationLabel('21')).toBeUndefined();
  });
});
