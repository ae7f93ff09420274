import { describe, expect, it } from 'vitest';
import { REGULATIONS, regulationLabel } from '../../src/framework/regulations.js';
import { loadSchema } from '../schemas/validate.js';

describe('fundamental standards', () => {
  it('lists regulations 9 to 20A in order', () => {
    expect([...REGULATIONS.keys()]).toEqual(['9', '9A', '10', '11', '12', '13', '14', '15', '16', '17', '18', '19', '20', '20A']);
    expect(REGULATIONS.get('12')).toBe('Safe care and treatment');
    expect(REGULATIONS.get('17')).toBe('Good governance');
  });

  it('are exactly the numbers the action schema accepts', () => {
    const action = loadSchema('action') as { properties: { regulations: { items: { enum: string[] } } } };
    expect(action.properties.regulations.items.enum).toEqual([...REGULATIONS.keys()]);
  });

  it('label a regulation for reports', () => {
    expect(regulationLabel('20')).toBe('Regulation 20: Duty of candour');
    expect(regulationLabel('21')).toBeUndefined();
  });
});
