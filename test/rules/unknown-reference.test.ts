// unknown-reference on real YAML: every kind of reference says which known value was probably
// meant, and a value that looks like personal data is neither repeated nor offered.
import { afterAll, describe, expect, it } from 'vitest';
import { builtinFramework } from '../../src/framework/index.js';
import { guessStatement } from '../../src/framework/search.js';
import { CONFIG, EVIDENCE, findingsOf as findingsOfRepo, OPEN_ACTION, PEOPLE, writeRepo } from '../helpers/repo.js';
import { withCheckDigit } from '../personal-data/fixture.js';
import { ACTION_FILE, checkRepo, cleanupRepos, findingsOf, lineOf, mh001, validRepo } from './fixture.js';

afterAll(() => cleanupRepos());

async function unknownReferences(change: (spec: ReturnType<typeof validRepo>) => void) {
  const spec = validRepo();
  change(spec);
  const repo = await checkRepo(spec);
  return { repo, found: findingsOf(repo.report, 'unknown-reference') };
}

describe('unknown-reference suggests what was meant', () => {
  it.each([
    ['a person', (s: ReturnType<typeof validRepo>) => { mh001(s).closure!.recommended_by = 'priya-patle'; }, /^ {2}recommended_by:/, 'The recommender "priya-patle" is not in people.yaml. Did you mean "priya-patel"?'],
    ['a role', (s: ReturnType<typeof validRepo>) => { mh001(s).closure_criteria!.reviewer = 'registered-manger'; }, /^ {2}reviewer:/, 'The reviewer "registered-manger" is not held by anyone in people.yaml, so nobody could act in it. Did you mean "registered-manager"?'],
    ['a location', (s: ReturnType<typeof validRepo>) => { mh001(s).location = 'rose-hose'; }, /^location:/, 'Location "rose-hose" is not listed in cqc.yaml. Did you mean "rose-house"?'],
    ['a statement id with a slip', (s: ReturnType<typeof validRepo>) => { mh001(s).quality_statements = ['safe.involving-people-to-manage-risk']; }, /^ {2}- safe\./, 'Did you mean "safe.involving-people-to-manage-risks"?'],
    ['a statement under the wrong key question', (s: ReturnType<typeof validRepo>) => { mh001(s).quality_statements = ['well-led.safeguarding']; }, /^ {2}- well-led/, '"well-led.safeguarding" is not a quality statement of the CQC single assessment framework (2023) framework. Did you mean "safe.safeguarding"?'],
    ['a statement by the start of its id', (s: ReturnType<typeof validRepo>) => { mh001(s).quality_statements = ['well-led.governance']; }, /^ {2}- well-led/, 'Did you mean "well-led.governance-management-and-sustainability"?'],
    ['evidence reviewed', (s: ReturnType<typeof validRepo>) => { mh001(s).closure!.evidence_reviewed = ['MH-001-E02', 'MH-001-E3', 'MH-001-E04']; }, /MH-001-E3/, 'Evidence "MH-001-E3" is listed as reviewed but no evidence file has that id. Did you mean "MH-001-E03"?'],
  ])('for %s', async (_what, change, line, message) => {
    const { repo, found } = await unknownReferences(change);
    expect(found.map((f) => [f.file, f.line])).toEqual([[ACTION_FILE, lineOf(repo.text(ACTION_FILE), line)]]);
    expect(found[0]!.message).toContain(message);
  });

  it('for the action an evidence item names', async () => {
    const { found } = await unknownReferences((s) => { s.evidence['MH-001-E03']!.action = 'MH-01'; });
    const f = found.find((x) => x.file === 'evidence/MH-01/MH-001-E03.yaml')!;
    expect(f.message).toContain('This evidence is for action "MH-01", but there is no actions file with that id. Did you mean "MH-001"?');
  });

  // SPEC unknown-reference: a reference to something "that does not exist". A record with a schema
  // error exists; only its schema findings are reported, not "no actions file with that id" on each
  // of its evidence items or "no evidence file has that id" where it is cited (SPEC's own decided_bye typo).
  it.each([
    ['an action', ACTION_FILE, (s: ReturnType<typeof validRepo>) => { (mh001(s).closure as Record<string, unknown>).decided_bye = 'grace-okafor'; }],
    ['a reviewed evidence item', 'evidence/MH-001/MH-001-E03.yaml', (s: ReturnType<typeof validRepo>) => { (s.evidence['MH-001-E03'] as unknown as Record<string, unknown>).findng = 'supports'; }],
  ])('stays quiet about %s that exists but breaks its schema', async (_what, file, change) => {
    const { repo, found } = await unknownReferences((s) => {
      change(s);
      expect(mh001(s).closure!.evidence_reviewed).toContain('MH-001-E03');
    });
    expect(found).toEqual([]);
    expect(findingsOf(repo.report, 'schema').map((f) => f.file)).toEqual([file]);
  });

  it('suggests nothing when nothing is close', async () => {
    const { found } = await unknownReferences((s) => { mh001(s).closure!.recommended_by = 'somebody-else-entirely'; });
    expect(found).toHaveLength(1);
    expect(found[0]!.message).not.toMatch(/Did you mean/);
  });
});

describe('unknown-reference and a file that breaks its schema', () => {
  it('does not call an action or evidence file missing when it exists but fails its schema (schema reports it)', async () => {
    // An unknown field in the action: each of its four evidence items still names an action that exists.
    let { repo, found } = await unknownReferences((s) => { (mh001(s).closure as Record<string, unknown>).decided_bye = 'grace-okafor'; });
    expect(found).toEqual([]);
    expect(findingsOf(repo.report, 'schema').map((f) => f.file)).toEqual([ACTION_FILE]);
    // An unknown field in a reviewed evidence item, also cited by a post-closure review.
    ({ repo, found } = await unknownReferences((s) => {
      (s.evidence['MH-001-E04'] as unknown as Record<string, unknown>).findng = 'supports';
      mh001(s).post_closure!.reviews = [{ on: '2026-11-10', by: 'grace-okafor', result: 'deteriorated', evidence: ['MH-001-E04'] }];
    }));
    expect(found).toEqual([]);
    expect(findingsOf(repo.report, 'schema').map((f) => f.file)).toEqual(['evidence/MH-001/MH-001-E04.yaml']);
    // A reference to a file that really is not there is still reported.
    ({ found } = await unknownReferences((s) => { mh001(s).closure!.evidence_reviewed = ['MH-001-E02', 'MH-001-E09']; }));
    expect(found.map((f) => f.message)).toEqual([expect.stringContaining('Evidence "MH-001-E09" is listed as reviewed but no evidence file has that id')]);
  });
});

describe('unknown-reference and personal data', () => {
  const nhs = withCheckDigit('943476591');

  it('never repeats a value that looks like an NHS number', async () => {
    const { found } = await unknownReferences((s) => { mh001(s).closure!.recommended_by = nhs; });
    expect(found).toHaveLength(1);
    expect(found[0]!.message).not.toContain(nhs);
    expect(found[0]!.message).not.toMatch(/\d{3}/);
    expect(found[0]!.message).toMatch(/not repeated here: it looks like personal data/);
  });

  it('never offers a suggestion that looks like personal data', async () => {
    const near = `${nhs.slice(0, 9)}${(Number(nhs[9]) + 1) % 10}`;
    const { found } = await unknownReferences((s) => {
      s.people.push({ id: nhs, name: 'Mistaken entry', roles: ['senior-carer'], emails: ['mistake@example.org'] });
      mh001(s).closure!.recommended_by = near;
    });
    expect(found).toHaveLength(1);
    expect(found[0]!.message).not.toContain(nhs);
    expect(found[0]!.message).not.toMatch(/Did you mean/);
  });
});

describe('guessStatement, for what people type', () => {
  it.each([
    ['Safeguarding', 'safe.safeguarding'],
    ['learning culture', 'safe.learning-culture'],
    ['How staff and teams work together', 'effective.how-staff-teams-and-services-work-together'],
    ['safe.medicines-optimization', 'safe.medicines-optimisation'],
    ['well-led.governance', 'well-led.governance-management-and-sustainability'],
    ['something else entirely', undefined],
  ])('%s → %s', (typed, id) => {
    expect(guessStatement(builtinFramework('cqc-saf-2023')!, typed)).toBe(id);
  });
});

describe('id-filename names the right folder for misplaced evidence', () => {
  it('in the flat layout', async () => {
    const dir = writeRepo({
      'actions/MH-001.yaml': OPEN_ACTION,
      'actions/MH-002.yaml': OPEN_ACTION.replace('MH-001', 'MH-002'),
      'evidence/MH-002/MH-001-E01.yaml': EVIDENCE,
    });
    const found = (await findingsOfRepo(dir, '2026-09-11')).filter((f) => f.rule === 'id-filename');
    expect(found.map((f) => f.message)).toEqual(['This evidence is for MH-001 but sits in the folder evidence/MH-002/. Move it to evidence/MH-001/ or correct "action".']);
  });

  it('in the by-location layout, under the action\'s own location', async () => {
    const dir = writeRepo({
      'cqc.yaml': `${CONFIG}  - { id: ivy-court, name: Ivy Court }\nlayout: by-location\n`,
      'locations/rose-house/actions/MH-001.yaml': OPEN_ACTION,
      'locations/ivy-court/evidence/MH-001/MH-001-E01.yaml': EVIDENCE,
    });
    const found = (await findingsOfRepo(dir, '2026-09-11')).filter((f) => f.rule === 'id-filename');
    expect(found.map((f) => f.message)).toEqual(['This evidence is for MH-001 but sits in the folder locations/ivy-court/evidence/MH-001/. Move it to locations/rose-house/evidence/MH-001/ or correct "action".']);
  });
});

// SPEC: schema is "one finding per violation, at the offending node"; unknown-reference is for a
// person "that does not exist". One stray field on one person must not unlist everyone else.
describe('a people.yaml that breaks its schema in one entry', () => {
  it('still lists its well-formed people: one schema finding, no "not in people.yaml"', async () => {
    const dir = writeRepo({
      'people.yaml': `${PEOPLE}  - id: sam-smith\n    name: Sam Smith\n    roles: [senior-carer]\n    emails: [sam.smith@example.org]\n    colour: red\n`,
      'actions/MH-001.yaml': OPEN_ACTION,
      'actions/MH-002.yaml': OPEN_ACTION.replace('MH-001', 'MH-002').replace('dan-jones', 'sam-smith'),
    });
    const found = await findingsOfRepo(dir, '2026-09-11');
    expect(found.filter((f) => f.rule === 'schema').map((f) => f.file)).toEqual(['people.yaml']);
    // The broken entry itself is left out, so only a reference to it is unknown.
    expect(found.filter((f) => f.rule === 'unknown-reference').map((f) => [f.file, f.action])).toEqual([['actions/MH-002.yaml', 'MH-002']]);
  });
});
