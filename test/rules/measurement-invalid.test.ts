import { afterAll, describe, expect, it } from 'vitest';
import { checkRepo, cleanupRepos, expectOneFinding, findingsOf, lineOf, mh001, validRepo } from './fixture.js';
import { twoTargetRepo } from './targets-fixture.js';

afterAll(cleanupRepos);

const E04 = 'evidence/MH-001/MH-001-E04.yaml';
const measurementLine = (text: string) => lineOf(text, /^measurement:/);

describe('measurement-invalid', () => {
  it('fires at the measurement of a percent audit counting more than it checked, and every other rule ignores it', async () => {
    const spec = validRepo();
    spec.evidence['MH-001-E04']!.measurement = { numerator: 13, denominator: 12 };
    const repo = await checkRepo(spec);
    expectOneFinding(repo, {
      rule: 'measurement-invalid', severity: 'error', file: E04, action: 'MH-001', line: measurementLine(repo.text(E04)),
      fragments: ["MH-001-E04's measurement cannot be used: it counts 13 out of 12, more than were checked", 'every other rule ignores this measurement'],
    });
    // Ignored: the latest two points are now the 61.1% baseline and 100%, so the target is not sustained.
    expect(findingsOf(repo.report, 'target-not-sustained')[0]?.message).toContain('MH-001-E01 (2026-09-03) at 61.1% misses the goal');
    expect(findingsOf(repo.report, 'target-not-met')).toEqual([]);
  });

  it('fires on a percentage value above 100, and not on the same value of a count target', async () => {
    const spec = validRepo();
    spec.evidence['MH-001-E04']!.measurement = { value: 104 };
    let repo = await checkRepo(spec);
    expectOneFinding(repo, {
      rule: 'measurement-invalid', severity: 'error', file: E04, action: 'MH-001', line: measurementLine(repo.text(E04)),
      fragments: ['its value 104 is not a percentage between 0 and 100'],
    });
    mh001(spec).target = { measure: 'Care files checked each week', unit: 'count', goal: 12, direction: 'at_least' };
    spec.evidence['MH-001-E01']!.measurement = { value: 11 };
    spec.evidence['MH-001-E02']!.measurement = { value: 12 };
    repo = await checkRepo(spec);
    expect(findingsOf(repo.report, 'measurement-invalid')).toEqual([]);
  });

  it('fires on a denominator of 0 and on a negative percentage, and the item still counts as evidence (not a schema error)', async () => {
    const spec = validRepo();
    spec.evidence['MH-001-E04']!.measurement = { numerator: 0, denominator: 0 };
    let repo = await checkRepo(spec);
    expectOneFinding(repo, {
      rule: 'measurement-invalid', severity: 'error', file: E04, action: 'MH-001', line: measurementLine(repo.text(E04)),
      fragments: ['its denominator is 0, so it measures nothing'],
    });
    // E04 stays a readable evidence item (still reviewed, still an audit); only its measurement is ignored.
    expect(repo.report.findings.map((f) => f.rule).sort()).toEqual(['measurement-invalid', 'target-not-sustained']);
    spec.evidence['MH-001-E04']!.measurement = { value: 100 };
    spec.evidence['MH-001-E01']!.measurement = { value: -5 };
    repo = await checkRepo(spec);
    const E01 = 'evidence/MH-001/MH-001-E01.yaml';
    expectOneFinding(repo, {
      rule: 'measurement-invalid', severity: 'error', file: E01, action: 'MH-001', line: measurementLine(repo.text(E01)),
      fragments: ['its value -5 is not a percentage between 0 and 100'],
    });
    expect(repo.report.findings.map((f) => f.rule)).toEqual(['measurement-invalid']);
  });

  it('accepts a single target named "target" or by its own id, and no other name', async () => {
    const spec = validRepo();
    spec.evidence['MH-001-E02']!.measurement!.target = 'target';
    mh001(spec).target!.id = 'mobility-files';
    spec.evidence['MH-001-E04']!.measurement!.target = 'mobility-files';
    let repo = await checkRepo(spec);
    expect(repo.report.findings).toEqual([]);
    spec.evidence['MH-001-E04']!.measurement!.target = 'screening';
    repo = await checkRepo(spec);
    expectOneFinding(repo, {
      rule: 'measurement-invalid', severity: 'error', file: E04, action: 'MH-001', line: measurementLine(repo.text(E04)),
      fragments: ['its target "screening" names no target of MH-001, which has a single target', 'write "target" or "mobility-files"'],
    });
  });

  it('fires where an action has several targets and a measurement names none of them, or none at all', async () => {
    const spec = twoTargetRepo();
    delete spec.evidence['MH-001-E04']!.measurement!.target;
    spec.evidence['MH-001-E02']!.measurement!.target = 'file';
    const repo = await checkRepo(spec);
    const found = findingsOf(repo.report, 'measurement-invalid');
    expect(found.map((f) => f.file)).toEqual(['evidence/MH-001/MH-001-E02.yaml', E04]);
    expect(found[0]!.message).toContain('its target "file" is not one of MH-001\'s targets (files, transfers)');
    expect(found[1]!.message).toContain('MH-001 has several targets (files, transfers), but this measurement does not say which one it measures');
  });
});
