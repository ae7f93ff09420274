import { describe, expect, it } from 'vitest';
import { slugOfTitle, statementIdFor } from '../../src/framework/slug.js';

describe('statement ids from titles', () => {
  it.each([
    ['Learning culture', 'learning-culture'],
    ['Safe systems, pathways and transitions', 'safe-systems-pathways-and-transitions'],
    ["Responding to people's immediate needs", 'responding-to-peoples-immediate-needs'],
    ['Responding to people’s immediate needs', 'responding-to-peoples-immediate-needs'],
    ['Environmental sustainability – sustainable development', 'environmental-sustainability-sustainable-development'],
    ['Person-centred care', 'person-centred-care'],
    ['Risks & incidents', 'risks-incidents'],
    ['  Freedom  to speak up ', 'freedom-to-speak-up'],
  ])('%j -> %j', (title, slug) => {
    expect(slugOfTitle(title)).toBe(slug);
  });

  it('prefixes the key question id', () => {
    expect(statementIdFor('well-led', 'Governance, management and sustainability')).toBe('well-led.governance-management-and-sustainability');
  });
});
