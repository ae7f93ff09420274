// The governance steps in-process (run(argv, io)) on real temporary git repos.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTION, PEOPLE, READY, checkReport, cqc, evidence, git, makeRepo, read, writeFiles } from './helpers.js';

async function errorsAfter(dir: string, asOf: string) {
  const report = await checkReport(dir, asOf);
  return report.findings.filter((f) => f.severity === 'error');
}

describe('cqc recommend', () => {
  it('records the recommendation as the git identity (emails match case-insensitively) and moves to monitoring', async () => {
    const dir = makeRepo(READY, 'PRIYA.patel@example.org');
    const r = await cqc(dir, ['recommend', 'MH-001', '--on', '2026-04-14']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const text = read(dir, 'actions/MH-001.yaml');
    expect(text).toContain('status: monitoring # work under way\nclosure:\n  recommended_by: priya-patel\n  recommended_on: 2026-04-14\n');
    expect(text).toContain('# Raised after the September audit. Keep this comment.');
    expect(await errorsAfter(dir, '2026-04-14')).toEqual([]);
  });

  it('still records a recommendation the evidence would not support, with a warning naming what to record next', async () => {
    const dir = makeRepo({ ...READY, 'evidence/MH-001/MH-001-E02.yaml': evidence('MH-001-E02', 'training', '2026-04-06') });
    const r = await cqc(dir, ['recommend', 'MH-001', '--on', '2026-04-14', '--by', 'priya-patel']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Priya Patel (priya-patel) recommended MH-001 for closure on 2026-04-14');
    expect(r.err).toMatch(/^cqc: warning: the evidence would not support closing MH-001 today; "cqc close" would refuse until these 2 are put right:\n/);
    expect(r.err).toContain("  - evidence-categories: MH-001 needs supporting evidence from 2 of CQC's six evidence categories to close");
    expect(r.err).toContain('Record an observation of practice (type observation)');
    expect(r.err).toContain('  - evidence-required-type: ');
    expect(read(dir, 'actions/MH-001.yaml')).toContain('recommended_by: priya-patel');
  });

  it('refuses someone without the reviewer role and writes nothing', async () => {
    const dir = makeRepo(READY, 'sam.smith@example.org');
    const r = await cqc(dir, ['recommend', 'MH-001', '--on', '2026-04-14']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/Sam Smith \(sam-smith\) does not hold the registered-manager role.*Ask Priya Patel \(priya-patel\)/);
    expect(read(dir, 'actions/MH-001.yaml')).toBe(ACTION);
  });

  it('an email nobody has is a clear error (exit 2); --by overrides', async () => {
    const dir = makeRepo(READY, 'stranger@example.org');
    const r = await cqc(dir, ['recommend', 'MH-001', '--on', '2026-04-14']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/Your git email stranger@example.org is not listed for anyone in people.yaml.*--by/);
    expect(read(dir, 'actions/MH-001.yaml')).toBe(ACTION);
    const by = await cqc(dir, ['recommend', 'MH-001', '--on', '2026-04-14', '--by', 'priya-patel']);
    expect(by.code).toBe(0);
    const unknown = await cqc(dir, ['recommend', 'MH-001', '--by', 'nobody']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/--by nobody: there is nobody with that id/);
  });
});

describe('cqc close', () => {
  it('refuses a decision dated before the recommendation, saying so in the words of the command', async () => {
    const dir = makeRepo(READY);
    await cqc(dir, ['recommend', 'MH-001', '--on', '2026-04-14', '--by', 'priya-patel']);
    const before = read(dir, 'actions/MH-001.yaml');
    const r = await cqc(dir, ['close', 'MH-001', '--on', '2026-04-13', '--by', 'grace-okafor']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('  - closure-decision: the decision date 2026-04-13 is before the recommendation it decides on (2026-04-14).');
    expect(r.err).not.toContain('is closed, but');
    expect(read(dir, 'actions/MH-001.yaml')).toBe(before);
  });

  it('refuses while closure rules fail: exit 1, every blocking rule explained, file byte-for-byte unchanged', async () => {
    const files = { ...READY };
    delete (files as Record<string, string>)['evidence/MH-001/MH-001-E02.yaml'];
    const dir = makeRepo(files);
    await cqc(dir, ['recommend', 'MH-001', '--on', '2026-04-14', '--by', 'priya-patel']);
    const before = read(dir, 'actions/MH-001.yaml');
    const r = await cqc(dir, ['close', 'MH-001', '--on', '2026-04-20', '--by', 'dan-jones']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/MH-001 was not closed: these \d+ checks fail for a decision by Dan Jones/);
    for (const rule of ['evidence-sources', 'evidence-required-type', 'self-approval', 'approver-role', 'senior-review']) expect(r.err).toContain(`  - ${rule}: `);
    expect(r.err).toMatch(/Nothing was written/);
    expect(read(dir, 'actions/MH-001.yaml')).toBe(before);
    expect(readdirSync(join(dir, 'actions'))).toEqual(['MH-001.yaml']);
  });

  it('refuses an action nobody recommended', async () => {
    const dir = makeRepo(READY);
    const r = await cqc(dir, ['close', 'MH-001', '--on', '2026-04-20', '--by', 'grace-okafor']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/nobody has recommended MH-001.*cqc recommend MH-001/);
    expect(read(dir, 'actions/MH-001.yaml')).toBe(ACTION);
  });

  it('records the decision, the evidence reviewed within the window and the post-closure review date', async () => {
    const dir = makeRepo({ ...READY, 'evidence/MH-001/MH-001-E00.yaml': evidence('MH-001-E00', 'care_record', '2026-03-05').replace('finding: supports', 'finding: neutral') });
    await cqc(dir, ['recommend', 'MH-001', '--on', '2026-04-14', '--by', 'priya-patel']);
    const r = await cqc(dir, ['close', 'MH-001', '--on', '2026-04-20', '--by', 'grace-okafor', '--minutes', 'Governance minutes 2026-04-20, item 4', '--rationale', 'Audit and observation agree']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Post-closure review due by 2026-07-20/);
    const text = read(dir, 'actions/MH-001.yaml');
    expect(text).toContain([
      'status: closed # work under way', 'closure:', '  recommended_by: priya-patel', '  recommended_on: 2026-04-14',
      '  decided_by: grace-okafor', '  decided_on: 2026-04-20', '  decision: close',
      '  evidence_reviewed: [MH-001-E01, MH-001-E02, MH-001-E03]', '  minutes: Governance minutes 2026-04-20, item 4',
      '  rationale: Audit and observation agree', 'post_closure:', '  review_due: 2026-07-20', 'x-tracker-ref: T-17', ''].join('\n'));
    expect(await errorsAfter(dir, '2026-04-21')).toEqual([]);
  });
});

describe('cqc hold, reopen and review', () => {
  async function closed() {
    const dir = makeRepo(READY);
    await cqc(dir, ['recommend', 'MH-001', '--on', '2026-04-14', '--by', 'priya-patel']);
    expect((await cqc(dir, ['close', 'MH-001', '--on', '2026-04-20', '--by', 'grace-okafor'])).code).toBe(0);
    return dir;
  }

  it('hold records the decision and keeps the action in monitoring; the owner cannot hold', async () => {
    const dir = makeRepo(READY);
    await cqc(dir, ['recommend', 'MH-001', '--on', '2026-04-14', '--by', 'priya-patel']);
    const r = await cqc(dir, ['hold', 'MH-001', '--on', '2026-04-20', '--by', 'grace-okafor', '--rationale', 'Observation and audit disagree']);
    expect(r.code).toBe(0);
    const text = read(dir, 'actions/MH-001.yaml');
    expect(text).toMatch(/status: monitoring[^\n]*\nclosure:\n {2}recommended_by: priya-patel\n {2}recommended_on: 2026-04-14\n {2}decided_by: grace-okafor\n {2}decided_on: 2026-04-20\n {2}decision: hold\n/);
    // Contract v2: a hold says when governance decides again; four weeks on unless told otherwise.
    expect(text).toMatch(/\n {2}return_by: 2026-05-18\n/);
    expect(r.out).toContain('governance decides again by 2026-05-18 (four weeks after the decision, the default; choose another date with --return-by)');
    expect(await errorsAfter(dir, '2026-04-20')).toEqual([]);
    const owner = await cqc(dir, ['hold', 'MH-001', '--on', '2026-04-21', '--by', 'dan-jones']);
    expect(owner.code).toBe(1);
    expect(owner.err).toMatch(/does not hold the nominated-individual role/);
  });

  it('a close after a hold records its own decision, not the hold\'s minutes, rationale or return date', async () => {
    const dir = makeRepo(READY);
    await cqc(dir, ['recommend', 'MH-001', '--on', '2026-04-14', '--by', 'priya-patel']);
    const held = await cqc(dir, ['hold', 'MH-001', '--on', '2026-04-16', '--by', 'grace-okafor', '--minutes', 'Governance 2026-04-16, item 2', '--rationale', 'Night observation still pending']);
    expect(held.code).toBe(0);
    const r = await cqc(dir, ['close', 'MH-001', '--on', '2026-04-20', '--by', 'grace-okafor']);
    expect(r.code).toBe(0);
    const text = read(dir, 'actions/MH-001.yaml');
    expect(text).toMatch(/\n {2}decided_on: 2026-04-20\n {2}decision: close\n/);
    expect(text).not.toContain('return_by');
    expect(text).not.toContain('Night observation still pending');
    expect(text).not.toContain('Governance 2026-04-16, item 2');
    expect(await errorsAfter(dir, '2026-04-20')).toEqual([]);
  });

  it('refuses a reopening or post-closure review dated before the decision it follows', async () => {
    const dir = await closed();
    const before = read(dir, 'actions/MH-001.yaml');
    const reopen = await cqc(dir, ['reopen', 'MH-001', '--on', '2026-04-13', '--by', 'sam-smith', '--reason', 'Fall during transfer']);
    expect(reopen.code).toBe(1);
    expect(reopen.err).toContain('  - The reopening is dated 2026-04-13, before the closure decision on 2026-04-20; it can only come on or after that day.');
    const review = await cqc(dir, ['review', 'MH-001', '--on', '2026-04-19', '--by', 'sam-smith', '--result', 'deteriorated']);
    expect(review.code).toBe(1);
    expect(review.err).toContain('  - The post-closure review is dated 2026-04-19, before the closure decision on 2026-04-20;');
    expect(read(dir, 'actions/MH-001.yaml')).toBe(before);
    // On the day of the decision is fine.
    expect((await cqc(dir, ['reopen', 'MH-001', '--on', '2026-04-20', '--by', 'sam-smith', '--reason', 'Fall during transfer'])).code).toBe(0);
  });

  it('hold records the --return-by date given, and refuses one that is not after the decision', async () => {
    const dir = makeRepo(READY);
    await cqc(dir, ['recommend', 'MH-001', '--on', '2026-04-14', '--by', 'priya-patel']);
    const before = read(dir, 'actions/MH-001.yaml');
    for (const day of ['2026-04-20', '2026-04-19']) {
      const refused = await cqc(dir, ['hold', 'MH-001', '--on', '2026-04-20', '--by', 'grace-okafor', '--return-by', day]);
      expect(refused.code).toBe(1);
      expect(refused.err).toContain(`--return-by ${day} is not after the decision (2026-04-20)`);
      expect(refused.err).toContain('leave out --return-by for four weeks on (2026-05-18)');
      expect(read(dir, 'actions/MH-001.yaml')).toBe(before);
    }
    const r = await cqc(dir, ['hold', 'MH-001', '--on', '2026-04-20', '--by', 'grace-okafor', '--return-by', '2026-06-15']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('governance decides again by 2026-06-15. ');
    expect(read(dir, 'actions/MH-001.yaml')).toMatch(/\n {2}decision: hold\n {2}(evidence_reviewed: .*\n {2})?return_by: 2026-06-15\n/);
    expect(await errorsAfter(dir, '2026-04-20')).toEqual([]);
  });

  it('a sustained review by a senior, citing later evidence, is appended; the action stays closed and clean', async () => {
    const dir = await closed();
    writeFiles(dir, { 'evidence/MH-001/MH-001-E04.yaml': evidence('MH-001-E04', 'audit', '2026-07-06', 'measurement: { value: 100 }\n') });
    const r = await cqc(dir, ['review', 'MH-001', '--on', '2026-07-10', '--by', 'grace-okafor', '--result', 'sustained', '--evidence', 'MH-001-E04', '--note', 'Spot checks fine']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(read(dir, 'actions/MH-001.yaml')).toContain('  reviews:\n    - on: 2026-07-10\n      by: grace-okafor\n      result: sustained\n      evidence: [MH-001-E04]\n      note: Spot checks fine\n');
    expect(await errorsAfter(dir, '2026-07-11')).toEqual([]);
  });

  it('refuses a sustained review the rules would reject, writes nothing, and says what to record next', async () => {
    const dir = await closed();
    const before = read(dir, 'actions/MH-001.yaml');
    // Sam holds no senior role, and nothing dated after the decision is cited.
    const r = await cqc(dir, ['review', 'MH-001', '--on', '2026-07-10', '--by', 'sam-smith', '--result', 'sustained']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('The review of MH-001 was not recorded. Nothing was written.');
    expect(r.err).toContain('post-closure-review: The post-closure review of MH-001 on 2026-07-10 (sustained) does not stand: Sam Smith (sam-smith) holds none of the roles that may confirm it');
    expect(r.err).toContain('Ask Grace Okafor (grace-okafor) to carry out the review');
    expect(r.err).toContain('it cites no evidence dated after the closure decision on 2026-04-20. Record what the review looked at');
    expect(read(dir, 'actions/MH-001.yaml')).toBe(before);
    // The owner may not confirm their own work, whatever they cite.
    writeFiles(dir, { 'evidence/MH-001/MH-001-E04.yaml': evidence('MH-001-E04', 'audit', '2026-07-06', 'measurement: { value: 100 }\n') });
    const owner = await cqc(dir, ['review', 'MH-001', '--on', '2026-07-10', '--by', 'dan-jones', '--result', 'sustained', '--evidence', 'MH-001-E04']);
    expect(owner.code).toBe(1);
    expect(owner.err).toContain('it was made by Dan Jones (dan-jones), the owner of MH-001');
    expect(read(dir, 'actions/MH-001.yaml')).toBe(before);
  });

  it('a deteriorated review reopens the action with a reason naming the review', async () => {
    const dir = await closed();
    const r = await cqc(dir, ['review', 'MH-001', '--on', '2026-07-10', '--by', 'sam-smith', '--result', 'deteriorated']);
    expect(r.code).toBe(0);
    const text = read(dir, 'actions/MH-001.yaml');
    expect(text).toMatch(/status: in_progress/);
    expect(text).toContain('reopened:\n  - on: 2026-07-10\n    by: sam-smith\n    reason: Post-closure review on 2026-07-10 by Sam Smith found the improvement had deteriorated\n');
    expect(await errorsAfter(dir, '2026-07-11')).toEqual([]);
  });

  it('reopen appends to reopened and moves back to in_progress; an in-progress action cannot be reopened', async () => {
    const dir = await closed();
    const r = await cqc(dir, ['reopen', 'MH-001', '--on', '2026-05-02', '--by', 'priya-patel', '--reason', 'Fall during transfer']);
    expect(r.code).toBe(0);
    expect(read(dir, 'actions/MH-001.yaml')).toContain('reopened:\n  - on: 2026-05-02\n    by: priya-patel\n    reason: Fall during transfer\n');
    expect(await errorsAfter(dir, '2026-05-02')).toEqual([]);
    const again = await cqc(dir, ['reopen', 'MH-001', '--by', 'priya-patel', '--reason', 'x']);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/not closed or in monitoring/);
  });

  it('refuses a step dated in the future, and review on an action that is not closed', async () => {
    const dir = makeRepo(READY);
    const future = await cqc(dir, ['recommend', 'MH-001', '--on', '2999-01-01', '--by', 'priya-patel']);
    expect(future.code).toBe(2);
    expect(future.err).toMatch(/--on 2999-01-01 is in the future/);
    const review = await cqc(dir, ['review', 'MH-001', '--by', 'sam-smith', '--result', 'sustained']);
    expect(review.code).toBe(1);
    expect(read(dir, 'actions/MH-001.yaml')).toBe(ACTION);
  });
});

describe('--commit', () => {
  it('commits only the written file, as the current identity, with trailers; other staged work stays staged', async () => {
    const dir = makeRepo(READY, 'priya.patel@example.org');
    // Someone has other work staged and unstaged: none of it may go into cqc's commit.
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(dir, 'notes.txt'), 'draft\n');
    git(dir, ['add', 'notes.txt']);
    writeFileSync(join(dir, 'people.yaml'), `${PEOPLE}# unstaged edit\n`);
    const r = await cqc(dir, ['recommend', 'MH-001', '--on', '2026-04-14', '--commit']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(git(dir, ['log', '-1', '--format=%ae%n%B']).trim()).toBe('priya.patel@example.org\nMH-001: recommend closure\n\nCqc-Action: MH-001\nCqc-Event: recommended');
    expect(git(dir, ['show', '--name-only', '--format=', 'HEAD']).trim()).toBe('actions/MH-001.yaml');
    expect(git(dir, ['status', '--porcelain']).split('\n').filter(Boolean).sort()).toEqual([' M people.yaml', 'A  notes.txt']);
    expect(existsSync(join(dir, 'notes.txt'))).toBe(true);
  });

  it('refuses when the file it edits holds someone else\'s uncommitted change, which would go into the step\'s commit', async () => {
    const dir = makeRepo(READY, 'priya.patel@example.org');
    await cqc(dir, ['recommend', 'MH-001', '--on', '2026-04-14', '--commit']);
    // The owner lowers the goal and leaves it uncommitted; the approver then closes with --commit.
    const lowered = read(dir, 'actions/MH-001.yaml').replace('goal: 100', 'goal: 90');
    writeFiles(dir, { 'actions/MH-001.yaml': lowered });
    git(dir, ['config', 'user.email', 'grace.okafor@example.org']);
    const head = git(dir, ['rev-parse', 'HEAD']);
    const r = await cqc(dir, ['close', 'MH-001', '--on', '2026-04-20', '--commit']);
    expect(r.code).toBe(2);
    expect(r.err).toBe('cqc: actions/MH-001.yaml has changes that are not committed, and --commit would put it into this step\'s commit under your name. Nothing was written. Have whoever made the changes commit it first (or undo it with "git checkout -- actions/MH-001.yaml"), then run the command again.\n');
    expect(read(dir, 'actions/MH-001.yaml')).toBe(lowered);
    expect(git(dir, ['rev-parse', 'HEAD'])).toBe(head);
  });
});
