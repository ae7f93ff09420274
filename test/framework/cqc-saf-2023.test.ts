import { describe, expect, it } from 'vitest';
import {
  BUILTIN_FRAMEWORK_IDS,
  DEFAULT_FRAMEWORK_ID,
  builtinFramework,
  resolveStatement,
  statementIdFor,
  type Framework,
} from '../../src/framework/index.js';
import { CQC_SAF_2023 } from '../../src/framework/cqc-saf-2023.js';

function saf(): Framework {
  const fw = builtinFramework('cqc-saf-2023');
  if (fw === undefined) throw new Error('cqc-saf-2023 is not built in');
  return fw;
}

describe('the built-in CQC single assessment framework (2023)', () => {
  it('is the default and the only built-in framework', () => {
    expect(DEFAULT_FRAMEWORK_ID).toBe('cqc-saf-2023');
    expect(BUILTIN_FRAMEWORK_IDS).toEqual(['cqc-saf-2023']);
    expect(saf()).toMatchObject({ id: 'cqc-saf-2023', name: 'CQC single assessment framework (2023)' });
    expect(saf().version).toMatch(/^2023/);
  });

  it('has 34 quality statements: 8 safe, 6 effective, 5 caring, 7 responsive, 8 well-led', () => {
    const fw = saf();
    expect(fw.statements.size).toBe(34);
    const perQuestion = new Map<string, number>();
    for (const st of fw.statements.values()) perQuestion.set(st.keyQuestion, (perQuestion.get(st.keyQuestion) ?? 0) + 1);
    expect(Object.fromEntries(perQuestion)).toEqual({ safe: 8, effective: 6, caring: 5, responsive: 7, 'well-led': 8 });
    expect(fw.keyQuestions?.map((kq) => kq.id)).toEqual(['safe', 'effective', 'caring', 'responsive', 'well-led']);
  });

  it.each([
    'safe.learning-culture',
    'safe.involving-people-to-manage-risks',
    'safe.safe-systems-pathways-and-transitions',
    'effective.how-staff-teams-and-services-work-together',
    'caring.responding-to-peoples-immediate-needs',
    'caring.kindness-compassion-and-dignity',
    'responsive.person-centred-care',
    'responsive.equity-in-experiences-and-outcomes',
    'well-led.governance-management-and-sustainability',
    'well-led.environmental-sustainability-sustainable-development',
  ])('has the statement %s', (id) => {
    expect(saf().statements.get(id)?.id).toBe(id);
  });

  it('gives every statement the id made from its key question and title', () => {
    for (const kq of CQC_SAF_2023.key_questions) {
      for (const st of kq.statements) expect(st.id).toBe(statementIdFor(kq.id, st.title));
    }
  });

  it('keeps titles as CQC writes them', () => {
    expect(saf().statements.get('caring.responding-to-peoples-immediate-needs')).toEqual({
      id: 'caring.responding-to-peoples-immediate-needs',
      title: "Responding to people's immediate needs",
      keyQuestion: 'caring',
      riskAreas: [],
    });
  });

  it('gives every safe statement safety and every well-led statement leadership, as SPEC.md says', () => {
    for (const st of saf().statements.values()) {
      const expected = st.keyQuestion === 'safe' ? ['safety'] : st.keyQuestion === 'well-led' ? ['leadership'] : [];
      const extra: Record<string, string> = {
        'safe.safeguarding': 'safeguarding',
        'safe.medicines-optimisation': 'medicines',
        'safe.safe-and-effective-staffing': 'staffing',
      };
      expect(st.riskAreas, st.id).toEqual(extra[st.id] ? [...expected, extra[st.id]] : expected);
    }
  });

  it.each([
    ['safe.safeguarding', ['safety', 'safeguarding']],
    ['safe.medicines-optimisation', ['safety', 'medicines']],
    ['safe.safe-and-effective-staffing', ['safety', 'staffing']],
    ['safe.learning-culture', ['safety']],
    ['well-led.freedom-to-speak-up', ['leadership']],
    ['effective.assessing-needs', []],
    ['caring.workforce-wellbeing-and-enablement', []],
    ['responsive.person-centred-care', []],
  ])('links %s to the risk areas %j', (id, areas) => {
    expect(saf().statements.get(id)?.riskAreas).toEqual(areas);
  });

  it('gives an alias the risk areas of the statement it stands for', () => {
    expect(resolveStatement(saf(), 'well-led.environmental-sustainability')?.riskAreas).toEqual(['leadership']);
  });

  it('hands out risk areas a caller cannot use to change the built-in data', () => {
    saf().statements.get('safe.safeguarding')!.riskAreas.push('finance');
    expect(saf().statements.get('safe.safeguarding')?.riskAreas).toEqual(['safety', 'safeguarding']);
  });

  it.each([
    ['effective.how-staff-and-teams-work-together', 'effective.how-staff-teams-and-services-work-together'],
    ['responsive.equity-in-experience-and-outcomes', 'responsive.equity-in-experiences-and-outcomes'],
    ['well-led.environmental-sustainability', 'well-led.environmental-sustainability-sustainable-development'],
  ])('resolves the variant id %s to %s', (alias, canonical) => {
    const fw = saf();
    expect(fw.aliases.get(alias)).toBe(canonical);
    expect(fw.statements.has(alias)).toBe(false);
    expect(resolveStatement(fw, alias)?.id).toBe(canonical);
  });

  it('resolves canonical ids to themselves and unknown ids to nothing', () => {
    const fw = saf();
    expect(resolveStatement(fw, 'safe.safeguarding')?.title).toBe('Safeguarding');
    expect(resolveStatement(fw, 'safe.safe-guarding')).toBeUndefined();
    expect(resolveStatement(fw, 'S3')).toBeUndefined();
    expect(resolveStatement(fw, '')).toBeUndefined();
  });

  it('is not built in under any other id, such as a path to a provider file', () => {
    expect(builtinFramework('frameworks/asc-2026.yaml')).toBeUndefined();
    expect(builtinFramework('CQC-SAF-2023')).toBeUndefined();
  });

  it('hands each caller its own copy, so one caller cannot change another\'s vocabulary', () => {
    saf().statements.delete('safe.learning-culture');
    expect(saf().statements.has('safe.learning-culture')).toBe(true);
  });
});
