// One mistake, one message, on real YAML through the real pipeline: a file cqc cannot read is
// reported once at its root cause; what only follows from it is held back and counted; what stands
// on its own is still reported.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { judge } from '../../src/engine/judge.js';
import { humanReport } from '../../src/report/check/human.js';
import { statusRows } from '../../src/status/rows.js';
import { run } from '../../src/cli/index.js';
import { ACTION, CONFIG, PEOPLE, captureIo, makeRepo, read } from '../workflow/helpers.js';
import { ACTION_FILE, AS_OF, cleanupRepos, mh001, validRepo, writeRepo, type RepoSpec } from '../rules/fixture.js';

afterAll(() => cleanupRepos());

/** Write the spec, let `spoil` break files by their text, then run the pipeline. */
async function judged(spec: RepoSpec, spoil: (files: Map<string, string>) => void) {
  const { dir, files } = writeRepo(spec);
  const before = new Map(files);
  spoil(files);
  for (const [path, text] of files) if (before.get(path) !== text) writeFileSync(join(dir, path), text);
  return { dir, ...(await judge({ cwd: dir, git: false, asOf: AS_OF })) };
}

/** Put a tab in front of the first line matching `line`, as an editor might. */
const tabbed = (text: string, line: RegExp) => text.split('\n').map((l) => (line.test(l) ? `\t${l.trimStart()}` : l)).join('\n');

describe('a tab in people.yaml', () => {
  it('is one finding at its line, the rest held back, and the closed action stays clean', async () => {
    const outcome = await judged(validRepo(), (files) => files.set('people.yaml', tabbed(files.get('people.yaml')!, /^ {4}name: Ruth Adeyemi/)));
    const { report } = outcome;
    expect(report.findings.map((f) => [f.rule, f.file, f.line])).toEqual([['yaml-syntax', 'people.yaml', 9]]);
    expect(report.findings[0]!.message).toMatch(/^Line 9 starts with a tab; YAML needs spaces/);
    expect(report.summary).toMatchObject({ errors: 1, warnings: 0 });
    // The register as it seems to be shows every reference is sound: every "not in people.yaml" is held back.
    expect(report.summary.held_back).toBeGreaterThan(5);
    expect(outcome.heldBack.some((f) => f.rule === 'unknown-reference' && f.file === ACTION_FILE)).toBe(true);
    const row = statusRows(outcome).find((r) => r.id === 'MH-001')!;
    expect(row).toMatchObject({ rag: 'green', ready: true });
    expect(report.actions.find((a) => a.id === 'MH-001')?.ready).toBe(true);
  });

  it('says in the human summary how many findings were held back, and behind which file', async () => {
    const { report, root } = await judged(validRepo(), (files) => files.set('people.yaml', tabbed(files.get('people.yaml')!, /^ {4}name: Ruth Adeyemi/)));
    const text = humanReport(report, { color: false, root, asOf: AS_OF });
    expect(text).toContain(`${report.summary.held_back} more findings held back: they only follow from people.yaml, which cqc could not read. Fix it and run cqc check again.`);
  });
});

describe('a people.yaml nothing can be made of', () => {
  const garbage = 'people:\n  - id: grace-okafor\n\t- [broken\n';

  it('holds back what depends on the register, and still reports what does not', async () => {
    const spec = validRepo();
    // Two real problems that no register could excuse: the owner decided the closure, and the latest measurement misses the goal.
    mh001(spec).closure!.decided_by = 'dan-jones';
    spec.evidence['MH-001-E04']!.measurement = { value: 80 };
    const { report } = await judged(spec, (files) => files.set('people.yaml', garbage));
    const rules = report.findings.map((f) => f.rule);
    expect(rules).toContain('yaml-syntax');
    expect(rules).toContain('self-approval');
    expect(rules).toContain('target-not-met');
    expect(rules).not.toContain('unknown-reference');
    expect(rules).not.toContain('approver-role');
    expect(report.summary.held_back).toBeGreaterThan(0);
  });

  it('leaves an open action not ready for that one reason, not for every role check', async () => {
    const spec = validRepo();
    Object.assign(mh001(spec), { status: 'monitoring', closure: { recommended_by: 'priya-patel', recommended_on: '2026-10-14' } });
    delete mh001(spec).post_closure;
    const outcome = await judged(spec, (files) => files.set('people.yaml', garbage));
    const blockers = outcome.readiness.get('MH-001')!.blockers;
    expect(blockers.map((b) => [b.rule, b.message])).toEqual([['yaml-syntax', expect.stringMatching(/^people\.yaml could not be read \(line 3\), so cqc cannot tell who may recommend or decide the closure of MH-001/)]]);
  });
});

describe('people.yaml that exists but cannot be read', () => {
  it('is a yaml-syntax finding naming why, not "nobody is in people.yaml"', async () => {
    const { dir, files } = writeRepo(validRepo());
    rmSync(join(dir, 'people.yaml'));
    mkdirSync(join(dir, 'people.yaml')); // a folder where the file should be: EISDIR, even as root
    expect(files.has('people.yaml')).toBe(true);
    const { report } = await judge({ cwd: dir, git: false, asOf: AS_OF });
    expect(report.findings.map((f) => [f.rule, f.file, f.message])).toEqual([['yaml-syntax', 'people.yaml', expect.stringMatching(/^people\.yaml could not be read \(EISDIR\)/)]]);
    expect(report.summary.held_back).toBeGreaterThan(0);
  });
});

describe('an action file with a bad indent', () => {
  it('is one finding at the line that is wrong, and nothing on its evidence', async () => {
    const { report } = await judged(validRepo(), (files) => files.set(ACTION_FILE, files.get(ACTION_FILE)!.replace(/\n {2}unit: percent/, '\n    unit: percent')));
    expect(report.findings.map((f) => [f.rule, f.file])).toEqual([['yaml-syntax', ACTION_FILE]]);
    expect(report.findings[0]!.message).toMatch(/^Line \d+ is indented more than the line above/);
    expect(report.findings.some((f) => f.file.startsWith('evidence/'))).toBe(false);
    expect(report.summary.held_back).toBeGreaterThanOrEqual(4); // one per evidence item at least
  });
});

describe('an evidence file with a tab', () => {
  it('is one finding, on its action, so the action is not shown as cleanly closed', async () => {
    const path = 'evidence/MH-001/MH-001-E03.yaml';
    const outcome = await judged(validRepo(), (files) => files.set(path, tabbed(files.get(path)!, /^type:/)));
    expect(outcome.report.findings.map((f) => [f.rule, f.file, f.action])).toEqual([['yaml-syntax', path, 'MH-001']]);
    expect(outcome.report.actions.find((a) => a.id === 'MH-001')?.ready).toBe(false);
  });
});

// SPEC: findings that only follow from a file that could not be read are left out and counted in
// summary.held_back. The file evidence/MH-001/MH-001-E03.yaml exists: "no evidence file has that id"
// only follows from it being unreadable.
describe('an evidence file nothing can be made of', () => {
  // Whether a closed action still has enough types, categories and measurements depends on what the
  // file holds: SPEC holds back what only follows from it. The run still fails on the file itself.
  it.each([
    ['an unclosed quote', (t: string) => t.replace(/^summary: .*$/m, 'summary: "Observed at handover')],
    ['a bad indent', (t: string) => t.replace(/^type: /m, '  type: ')],
    ['nothing YAML can read', () => 'id: MH-001-E03\naction: MH-001\n  type: : [broken\n'],
  ])('with %s, reports only the file, and holds back the closure counts of its action', async (_, spoil) => {
    const path = 'evidence/MH-001/MH-001-E03.yaml';
    const outcome = await judged(validRepo(), (files) => files.set(path, spoil(files.get(path)!)));
    expect(outcome.report.findings.map((f) => [f.rule, f.file, f.action])).toEqual([['yaml-syntax', path, 'MH-001']]);
    expect(outcome.report.summary).toMatchObject({ errors: 1, warnings: 0 });
    expect(outcome.heldBack.map((f) => f.rule)).toEqual(expect.arrayContaining(['evidence-sources']));
    expect(outcome.report.actions.find((a) => a.id === 'MH-001')?.ready).toBe(false);
  });

  it('still reports what the unreadable item could not excuse: the owner deciding the closure', async () => {
    const spec = validRepo();
    mh001(spec).closure!.decided_by = 'dan-jones';
    const path = 'evidence/MH-001/MH-001-E03.yaml';
    const { report } = await judged(spec, (files) => files.set(path, 'id: MH-001-E03\naction: MH-001\n  type: : [broken\n'));
    expect(report.findings.map((f) => f.rule)).toEqual(expect.arrayContaining(['yaml-syntax', 'self-approval']));
  });

  it('holds back "no evidence file has that id" for the item it holds', async () => {
    const path = 'evidence/MH-001/MH-001-E03.yaml';
    const outcome = await judged(validRepo(), (files) => files.set(path, 'id: MH-001-E03\naction: MH-001\n  type: : [broken\n'));
    const { report } = outcome;
    expect(report.findings.filter((f) => f.rule === 'unknown-reference')).toEqual([]);
    expect(outcome.heldBack.some((f) => f.rule === 'unknown-reference' && f.file === ACTION_FILE)).toBe(true);
    expect(report.findings.filter((f) => f.file === path).map((f) => f.rule)).toEqual(['yaml-syntax']);
    expect(report.summary.held_back).toBeGreaterThan(0);
  });
});

describe('a governance step while people.yaml cannot be read', () => {
  it('refuses with the root cause (exit 2), writing nothing', async () => {
    const dir = makeRepo({ 'cqc.yaml': CONFIG, 'people.yaml': PEOPLE.replace('    roles: [registered-manager]', '\troles: [registered-manager]'), 'actions/MH-001.yaml': ACTION });
    const c = captureIo(dir);
    const code = await run(['recommend', 'MH-001', '--on', '2026-04-14', '--by', 'priya-patel'], c.io);
    expect(code).toBe(2);
    expect(c.err()).toMatch(/^cqc: people\.yaml cannot be read \(line 8: Line 8 starts with a tab; YAML needs spaces.*\) Fix it first: cqc needs it to know who is acting\. Nothing was written\.\n$/);
    expect(read(dir, 'actions/MH-001.yaml')).toBe(ACTION);
  });
});

describe('cqc status with an action file that cannot be read', () => {
  it('says the action is missing from the table and why, instead of leaving it out quietly', async () => {
    const dir = makeRepo({ 'cqc.yaml': CONFIG, 'people.yaml': PEOPLE, 'actions/MH-001.yaml': ACTION.replace('  unit: percent', '    unit: percent') });
    const c = captureIo(dir);
    expect(await run(['status', '--no-git', '--as-of', '2026-04-01'], c.io)).toBe(0);
    expect(c.out()).toContain('Not shown: cqc could not read actions/MH-001.yaml, so what it holds is missing above. Run "cqc check" to see why.');
  });
});
