import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CqcError } from '../../src/errors.js';
import { FrameworkError, frameworkFromData, resolveStatement } from '../../src/framework/index.js';
import { changed } from '../schemas/validate.js';

// A provider's own framework file, as it might look for a draft adult social care sector framework.
const PROVIDER_FILE = `
id: asc-sector-2026
name: Adult social care sector framework (draft, 2026)
version: "2026.1"
x-source: consultation draft
key_questions:
  - id: safe
    title: Safe
    statements:
      - id: safe.managing-risk
        title: Managing risk
        aliases: [safe.involving-people-to-manage-risks]
      - id: safe.medicines
        title: Medicines
        risk_areas: [safety, medicines]
  - id: well-led
    title: Well-led
    description: Leadership and governance
    statements:
      - id: well-led.governance
        title: Governance
`;

/** The provider file with the value at `path` replaced (or deleted when `value` is undefined). */
function withChange(path: (string | number)[], value: unknown): unknown {
  return changed(parse(PROVIDER_FILE), path, value);
}

describe('frameworkFromData', () => {
  it('reads a provider framework file', () => {
    const fw = frameworkFromData(parse(PROVIDER_FILE));
    expect(fw).toMatchObject({ id: 'asc-sector-2026', name: 'Adult social care sector framework (draft, 2026)', version: '2026.1' });
    expect([...fw.statements.keys()]).toEqual(['safe.managing-risk', 'safe.medicines', 'well-led.governance']);
    expect(fw.statements.get('well-led.governance')).toEqual({ id: 'well-led.governance', title: 'Governance', keyQuestion: 'well-led', riskAreas: [] });
    expect(fw.statements.get('safe.medicines')?.riskAreas).toEqual(['safety', 'medicines']);
    expect(fw.keyQuestions).toEqual([
      { id: 'safe', title: 'Safe' },
      { id: 'well-led', title: 'Well-led', description: 'Leadership and governance' },
    ]);
  });

  it('maps old statement ids to new ones through aliases, so existing actions keep working', () => {
    const fw = frameworkFromData(parse(PROVIDER_FILE));
    expect(resolveStatement(fw, 'safe.involving-people-to-manage-risks')?.id).toBe('safe.managing-risk');
    expect(resolveStatement(fw, 'safe.learning-culture')).toBeUndefined();
  });

  it('refuses a statement filed under the wrong key question', () => {
    const data = withChange(['key_questions', 1, 'statements', 0, 'id'], 'safe.governance');
    expect(() => frameworkFromData(data)).toThrow(/"safe\.governance" is listed under key question "well-led"/);
  });

  it('refuses an id used twice, as a statement or as an alias', () => {
    const twice = withChange(['key_questions', 0, 'statements', 1, 'id'], 'safe.managing-risk');
    expect(() => frameworkFromData(twice)).toThrow(/uses the id "safe\.managing-risk" more than once/);
    const aliasClash = withChange(['key_questions', 0, 'statements', 0, 'aliases'], ['safe.medicines']);
    expect(() => frameworkFromData(aliasClash)).toThrow(/uses the id "safe\.medicines" more than once/);
    const kqTwice = withChange(['key_questions', 1, 'id'], 'safe');
    expect(() => frameworkFromData(kqTwice)).toThrow(/lists key question "safe" twice/);
  });

  it.each([
    ['not an object', 'just text'],
    ['no version', withChange(['version'], undefined)],
    ['a key question without statements', withChange(['key_questions', 0, 'statements'], undefined)],
    ['a statement without a title', withChange(['key_questions', 0, 'statements', 1, 'title'], undefined)],
    ['aliases that are not a list of ids', withChange(['key_questions', 0, 'statements', 0, 'aliases'], 'safe.x')],
    ['risk areas that are not a list of names', withChange(['key_questions', 0, 'statements', 1, 'risk_areas'], 'medicines')],
    ['a risk area that is not a name', withChange(['key_questions', 0, 'statements', 1, 'risk_areas'], ['medicines', 3])],
  ])('refuses %s with an error that ends the run cleanly', (_what, data) => {
    let thrown: unknown;
    try { frameworkFromData(data); } catch (error) { thrown = error; }
    expect(thrown).toBeInstanceOf(FrameworkError);
    expect(thrown).toBeInstanceOf(CqcError);
  });
});
