import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { judge } from '../../src/engine/judge.js';
import { cleanupRepos, commitAs, git, tempDir, writeFiles } from '../git/helpers.js';
import { EVIDENCE, OPEN_ACTION, writeRepo } from '../helpers/repo.js';
import { ACTION, actionYaml, closedStory, configYaml, dan, E, evidenceYaml, gitFindings, grace, nadia, recommendedStory, rulesOf, story, tom } from './fixture.js';

afterAll(cleanupRepos);

function shallowClone(origin: string, depth: number): string {
  const dir = join(tempDir(), 'clone');
  git(tempDir(), ['clone', '-q', '--depth', String(depth), `file://${origin}`, dir]);
  return dir;
}

describe('shallow-history', () => {
  it('is an error with the fetch-depth hint, and the cut-off first commit is not judged', async () => {
    const origin = closedStory();
    const dir = shallowClone(origin.dir, 1);
    const { report, gitNote } = await judge({ cwd: dir, git: true, asOf: '2026-11-01' });
    const findings = report.findings.filter((f) => ['shallow-history', 'closure-attribution', 'status-transition', 'evidence-backdated'].includes(f.rule));
    expect(findings).toEqual([{ rule: 'shallow-history', severity: 'error', file: 'cqc.yaml', message: expect.stringMatching(/fetch-depth: 0.*git fetch --unshallow/) }]);
    expect(report.summary.git).toBe(true);
    expect(gitNote).toMatch(/shallow clone/);
  });

  it('still runs the rules that can run on what history there is', async () => {
    const origin = recommendedStory();
    origin.commit(dan, '2026-10-20', { [ACTION]: actionYaml('closed') }, 'close for Grace');
    const findings = await gitFindings(shallowClone(origin.dir, 2));
    expect(rulesOf(findings)).toEqual(['closure-attribution', 'shallow-history']);
  });
});

describe('not-committed', () => {
  it('warns on each changed or untracked action and evidence file, and a deleted one', async () => {
    const s = closedStory();
    writeFiles(s.repo, {
      [E.e1]: evidenceYaml('MH-001-E01', 'audit', '2026-09-10', (e) => { e.summary = 'edited'; }),
      [E.e4]: evidenceYaml('MH-001-E04', 'feedback', '2026-10-30', (e) => { e.from = 'people'; }),
      [E.e3]: null,
      'notes.txt': 'not a record\n',
    });
    const findings = await gitFindings(s.dir);
    expect(findings.map((f) => [f.rule, f.file, f.action, f.severity])).toEqual([
      ['not-committed', E.e1, 'MH-001', 'warning'],
      ['not-committed', E.e3, 'MH-001', 'warning'],
      ['not-committed', E.e4, 'MH-001', 'warning'],
    ]);
  });
});

describe('policy.audit_trail_from', () => {
  it('does not judge commits before a date, and judges those after it', async () => {
    const s = recommendedStory(undefined, { config: configYaml({ audit_trail_from: '2026-10-21' }) });
    s.commit(dan, '2026-10-20', { [ACTION]: actionYaml('closed') }, 'imported decision');
    expect(await gitFindings(s.dir)).toEqual([]);
    s.commit(dan, '2026-10-22', { [E.e2]: evidenceYaml('MH-001-E02', 'observation', '2026-09-24', (e) => { e.summary = 'reworded'; }) }, 'reword');
    expect(rulesOf(await gitFindings(s.dir))).toEqual(['evidence-altered']);
  });

  it('does not judge commits up to a named commit, and judges its descendants', async () => {
    const s = recommendedStory();
    const imported = s.commit(dan, '2026-10-20', { [ACTION]: actionYaml('closed') }, 'import the decision');
    expect(rulesOf(await gitFindings(s.dir))).toEqual(['closure-attribution']);
    s.commit(grace, '2026-10-21', { 'cqc.yaml': configYaml({ audit_trail_from: imported.slice(0, 9) }) }, 'the trail starts after the import');
    expect(await gitFindings(s.dir)).toEqual([]);
    s.commit(dan, '2026-10-22', { [ACTION]: actionYaml('closed', (a) => { a.status = 'in_progress'; }) }, 'quietly reopen');
    expect(rulesOf(await gitFindings(s.dir))).toEqual(['status-transition']);
  });

  it('stops the run with one clear line when the commit is not in the repository', async () => {
    const s = story(undefined, { config: configYaml({ audit_trail_from: 'abcdef1234' }) });
    await expect(judge({ cwd: s.dir, git: true, asOf: '2026-11-01' })).rejects.toThrow(/audit_trail_from in cqc\.yaml names the commit "abcdef1234", which is not in this repository/);
  });
});

describe('waivers (git side of waiver-invalid)', () => {
  const overdue = (waiverBy?: string) => actionYaml('in_progress', (a) => {
    a.target!.due = '2026-09-20';
    if (waiverBy) a.waivers = [{ rule: 'overdue', reason: 'Agency staffing gap agreed at governance', approved_by: waiverBy, expires: '2027-03-31' }];
  });

  it('keeps a waiver committed by its approver', async () => {
    const s = story();
    s.commit(dan, '2026-09-01', { [ACTION]: overdue() }, 'raise');
    s.commit(grace, '2026-09-25', { [ACTION]: overdue('grace-okafor') }, 'waive');
    const { report } = await judge({ cwd: s.dir, git: true, asOf: '2026-11-01' });
    expect(report.findings.filter((f) => f.rule === 'overdue' || f.rule === 'waiver-invalid')).toEqual([expect.objectContaining({ rule: 'overdue', waived: true })]);
  });

  it('rejects a waiver typed in by someone else, so the rule applies again', async () => {
    const s = story();
    s.commit(dan, '2026-09-01', { [ACTION]: overdue() }, 'raise');
    s.commit(dan, '2026-09-25', { [ACTION]: overdue('grace-okafor') }, 'waive (Grace said yes)');
    const { report } = await judge({ cwd: s.dir, git: true, asOf: '2026-11-01' });
    const found = report.findings.filter((f) => f.rule === 'overdue' || f.rule === 'waiver-invalid');
    expect(found.map((f) => [f.rule, f.waived ?? false])).toEqual([['overdue', false], ['waiver-invalid', false]]);
    expect(found.find((f) => f.rule === 'waiver-invalid')!.message).toMatch(/names grace-okafor as approver, but was committed in commit [0-9a-f]{7} \(2026-09-25, by dan-jones\), who owns the action/);
  });

  // SPEC waiver-invalid: "approved (or committed) by someone who is not senior or who owns the action";
  // in signed mode, "a good signature by a senior's listed key". A senior who does not own the action
  // may commit the waiver another senior approved; a colleague without a senior role may not.
  it('keeps a waiver another senior committed, and rejects one a non-senior committed', async () => {
    const byCommitter = async (committer: typeof tom) => {
      const s = story();
      s.commit(dan, '2026-09-01', { [ACTION]: overdue() }, 'raise');
      s.commit(committer, '2026-09-25', { [ACTION]: overdue('grace-okafor') }, 'waive (agreed by Grace at governance)');
      const { report } = await judge({ cwd: s.dir, git: true, asOf: '2026-11-01' });
      return report.findings.filter((f) => f.rule === 'overdue' || f.rule === 'waiver-invalid');
    };
    expect((await byCommitter(tom)).map((f) => [f.rule, f.waived ?? false])).toEqual([['overdue', true]]);
    const byNadia = await byCommitter(nadia);
    expect(byNadia.map((f) => [f.rule, f.waived ?? false])).toEqual([['overdue', false], ['waiver-invalid', false]]);
    expect(byNadia.find((f) => f.rule === 'waiver-invalid')!.message).toMatch(/by nadia-hussain\), who held no senior role at rose-house then/);
  });
});

describe('where the repo sits', () => {
  it('reads the trail of an assurance folder inside a bigger repo', async () => {
    const s = recommendedStory(undefined, { prefix: 'quality team/cqc' });
    commitAs(s.repo, grace, '2026-10-19T09:00:00Z', { 'src/app.js': 'x\n', 'quality team/README.md': 'hi\n' }, 'unrelated');
    s.commit(dan, '2026-10-20', { [ACTION]: actionYaml('closed') }, 'close for Grace');
    const findings = await gitFindings(s.dir);
    expect(findings.map((f) => [f.rule, f.file])).toEqual([['closure-attribution', ACTION]]);
  });

  it('outside git, runs the rest and says the trail was not checked', async () => {
    const dir = writeRepo({ 'actions/MH-001.yaml': OPEN_ACTION, 'evidence/MH-001/MH-001-E01.yaml': EVIDENCE });
    const outcome = await judge({ cwd: dir, git: true, asOf: '2026-09-11' });
    expect(outcome.report.summary.git).toBe(false);
    expect(outcome.gitNote).toMatch(/^Not a git repository: the audit trail was not checked/);
  });

  it('with --no-git, skips the git rules and says so', async () => {
    const s = recommendedStory();
    s.commit(dan, '2026-10-20', { [ACTION]: actionYaml('closed') }, 'close for Grace');
    const outcome = await judge({ cwd: s.dir, git: false, asOf: '2026-11-01' });
    expect(outcome.report.summary.git).toBe(false);
    expect(outcome.report.findings.filter((f) => f.rule === 'closure-attribution')).toEqual([]);
    expect(outcome.gitNote).toMatch(/--no-git/);
  });
});
