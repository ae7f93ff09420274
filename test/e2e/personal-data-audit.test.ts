// `cqc audit --personal-data` on real git repositories with explicit people and dates, through the
// built CLI: which commits brought personal data in, from when the trail began, never the values.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanupRepos, commitAs, git, makeRepo, tempDir, type TestRepo } from '../git/helpers.js';
import { cqc } from '../helpers/cli.js';
import { spaced, withCheckDigit } from '../personal-data/fixture.js';
import { validRepo } from '../rules/fixture.js';

afterAll(cleanupRepos);

const NHS = withCheckDigit('736481902');
const OTHER_NHS = withCheckDigit('520118347');
const NI = 'JW 71 83 94 B';
const DOB = '17/08/1937';
const VALUES = [NHS, spaced(NHS), OTHER_NHS, '718394', DOB];

const PRIYA = { name: 'Priya Patel', email: 'priya.patel@example.org' };
const DAN = { name: 'Dan Jones', email: 'dan.jones@example.org' };
const GRACE = { name: 'Grace Okafor', email: 'grace.okafor@example.org' };

const spec = validRepo();
const config = (from?: string) => stringify({ ...spec.config, policy: { ...spec.config.policy, ...(from ? { audit_trail_from: from } : {}) } });
const evidence = (summary: string, attachments?: string[]) => stringify({ ...spec.evidence['MH-001-E02'], summary, ...(attachments ? { attachments } : {}) });
const E02 = 'evidence/MH-001/MH-001-E02.yaml';
const CSV = 'evidence/MH-001/files/notes.csv';
const NOTES = 'evidence/MH-001/files/handover.md';

interface Story { repo: TestRepo; early: string; midnight: string; added: string; kept: string; removed: string; side: string; merge: string }

/**
 * 2026-08-10  Setup: the records, with an NI number in an action comment (before the trail began)
 * 2026-09-01  00:30 +01:00, so still 31 August in UTC: an NHS number in a comment of cqc.yaml
 * 2026-09-10  Priya: an NHS number in an evidence summary, and a CSV attachment with a date of birth
 * 2026-09-15  Priya: another row in the CSV, which keeps its date of birth
 * 2026-09-20  Priya: the NHS number removed from the summary (the CSV keeps its date of birth)
 * 2026-09-22  Dan, on a branch: handover notes with another NHS number; merged by Grace on 09-25
 */
function story(): Story {
  const repo = makeRepo();
  const early = commitAs(repo, { name: 'Setup', email: 'setup@example.org' }, '2026-08-10T09:00:00Z', {
    'cqc.yaml': config('2026-09-01'),
    'people.yaml': stringify({ people: spec.people }),
    'actions/MH-001.yaml': `${stringify(spec.actions['MH-001'])}# referral form: NI ${NI}\n`,
    [E02]: evidence('Sampled 12 mobility care files; all current.'),
  }, 'Import the records');
  const midnight = commitAs(repo, GRACE, '2026-09-01T00:30:00+01:00', { 'cqc.yaml': `${config('2026-09-01')}# on call: NHS ${OTHER_NHS}\n` }, 'Note the on-call number');
  const added = commitAs(repo, PRIYA, '2026-09-10T14:00:00Z', {
    [E02]: evidence(`Sampled 12 files; NHS ${spaced(NHS)} too.`, [CSV]),
    [CSV]: `room,checked,note\nR12,yes,\nR14,yes,born ${DOB}\n`,
  }, 'Add the September audit');
  // A later version that still holds the date of birth did not bring it in.
  const kept = commitAs(repo, PRIYA, '2026-09-15T10:00:00Z', { [CSV]: `room,checked,note\nR12,yes,\nR14,yes,born ${DOB}\nR15,yes,\n` }, 'Add room 15');
  const removed = commitAs(repo, PRIYA, '2026-09-20T10:00:00Z', { [E02]: evidence('Sampled 12 mobility care files; all current.', [CSV]) }, 'Take the NHS number out of the summary');
  git(repo.dir, ['checkout', '-q', '-b', 'handover']);
  const side = commitAs(repo, DAN, '2026-09-22T16:00:00Z', { [NOTES]: `# Handover\n\nResident ${OTHER_NHS} needs two carers.\n` }, 'Handover notes');
  commitAs(repo, DAN, '2026-09-23T09:00:00Z', { [NOTES]: '# Handover\n\nResident R14 needs two carers.\n' }, 'Use the room code');
  git(repo.dir, ['checkout', '-q', 'main']);
  const at = '2026-09-25T11:00:00Z';
  git(repo.dir, ['merge', '-q', '--no-ff', '-m', 'Merge the handover notes', 'handover'], {
    GIT_AUTHOR_NAME: GRACE.name, GIT_AUTHOR_EMAIL: GRACE.email, GIT_AUTHOR_DATE: at,
    GIT_COMMITTER_NAME: GRACE.name, GIT_COMMITTER_EMAIL: GRACE.email, GIT_COMMITTER_DATE: at,
  });
  const merge = git(repo.dir, ['rev-parse', 'HEAD']).trim();
  return { repo, early, midnight, added, kept, removed, side, merge };
}

interface Found { commit: string; file: string; line: number; column: number; kind: string; still_in_current_version: boolean }

function audit(dir: string, format: 'human' | 'json' = 'json'): { code: number; stdout: string; stderr: string } {
  const r = cqc(['audit', '--personal-data', ...(format === 'json' ? ['--format', 'json'] : [])], { cwd: dir });
  for (const v of VALUES) expect(r.stdout + r.stderr, v).not.toContain(v);
  return r;
}

describe('cqc audit --personal-data', () => {
  const s = story();

  it('lists each commit that brought personal data in since the trail began, still finding what was removed later', () => {
    const r = audit(s.repo.dir);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ version: 1, trail_from: '2026-09-01', shallow: false, scanned: { commits: 6 } });
    const found = out.findings.map((f: Found) => ({ commit: f.commit, file: f.file, line: f.line, kind: f.kind, still: f.still_in_current_version }));
    expect(found).toEqual([
      { commit: s.added, file: E02, line: 6, kind: 'nhs-number', still: false },
      { commit: s.added, file: CSV, line: 3, kind: 'date-of-birth', still: true },
      // Brought in on a branch and gone before the merge: still in the history every clone holds.
      { commit: s.side, file: NOTES, line: 3, kind: 'nhs-number', still: false },
    ]);
    expect(out.findings[0]).toMatchObject({ date: '2026-09-10T14:00:00+00:00', author: { name: 'Priya Patel', email: PRIYA.email }, description: 'an NHS number' });
    expect(out.next_steps.join(' ')).toMatch(/data protection officer.*git filter-repo.*clone.*policy\.audit_trail_from/);
  });

  it('says in plain English what was found, where, and what to do next', () => {
    const r = audit(s.repo.dir, 'human');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('What looks like personal data first appears in the history in 2 commits (the values are not shown):');
    expect(r.stdout).toContain(`commit ${s.added.slice(0, 10)}  2026-09-10  Priya Patel <${PRIYA.email}>`);
    expect(r.stdout).toContain(`${E02}:6:`);
    expect(r.stdout).toContain('an NHS number (removed since, still in the history)');
    expect(r.stdout).toContain('a date of birth (still in the current version)');
    expect(r.stdout).toMatch(/What to do next:\n {2}1\. Tell your data protection officer/);
    expect(r.stdout).toContain('since policy.audit_trail_from (2026-09-01)');
  });

  it('scans from the first commit without audit_trail_from, and from after a commit when it names one', () => {
    // The start in force is HEAD's (SPEC "Trail start"): each setting is committed by a senior.
    commitAs(s.repo, GRACE, '2026-09-26T09:00:00Z', { 'cqc.yaml': config() }, 'No trail start');
    const all = JSON.parse(audit(s.repo.dir).stdout).findings.map((f: Found) => [f.commit, f.file, f.kind]);
    expect(all).toEqual([
      [s.early, 'actions/MH-001.yaml', 'ni-number'],
      [s.midnight, 'cqc.yaml', 'nhs-number'],
      [s.added, E02, 'nhs-number'],
      [s.added, CSV, 'date-of-birth'],
      [s.side, NOTES, 'nhs-number'],
    ]);
    commitAs(s.repo, GRACE, '2026-09-27T09:00:00Z', { 'cqc.yaml': config(s.added.slice(0, 12)) }, 'Trail after the CSV');
    // The trail begins after the commit that added the CSV: the first version in the trail that
    // still holds its date of birth is where the trail first holds it.
    const after = JSON.parse(audit(s.repo.dir).stdout).findings.map((f: Found) => [f.commit, f.file]);
    expect(after).toEqual([[s.kept, CSV], [s.side, NOTES]]);
    git(s.repo.dir, ['reset', '-q', '--hard', s.merge]);
  });

  it('keeps the trail start in force when a later commit moves it without the right to (SPEC "Trail start")', () => {
    const t = story();
    const before = [[t.added, E02], [t.added, CSV], [t.side, NOTES]];
    // Dan holds no senior role: his move of the start breaks registry-change, so 2026-09-01 stands.
    commitAs(t.repo, DAN, '2026-09-28T09:00:00Z', { 'cqc.yaml': config('2026-09-24') }, 'Start the trail later');
    let out = JSON.parse(audit(t.repo.dir).stdout);
    expect(out.trail_from).toBe('2026-09-01');
    expect(out.findings.map((f: Found) => [f.commit, f.file])).toEqual(before);
    // A senior may not put the start after the date of the commit that sets it either: the value
    // before that commit (Dan's, as it stood in its parent) is the one in force.
    commitAs(t.repo, GRACE, '2026-09-29T09:00:00Z', { 'cqc.yaml': config('2026-10-05') }, 'Start the trail next week');
    out = JSON.parse(audit(t.repo.dir).stdout);
    expect(out.trail_from).toBe('2026-09-24');
  });

  it('exits 0 on a clean history, and 2 outside git or with an action id', () => {
    const clean = makeRepo({ 'cqc.yaml': config(), 'people.yaml': stringify({ people: spec.people }), [E02]: evidence(`Ticket 1${NHS}; phone 01632 960123.`) });
    const r = audit(clean.dir, 'human');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^No personal data found in the history\.\nScanned 3 versions of 3 files in 1 commit since the first commit\./);

    const outside = tempDir();
    writeFileSync(join(outside, 'cqc.yaml'), config());
    const notGit = audit(outside);
    expect(notGit.code).toBe(2);
    expect(notGit.stderr).toMatch(/^cqc: .* is not in a git repository/);
    const withId = cqc(['audit', 'MH-001', '--personal-data'], { cwd: s.repo.dir });
    expect(withId.code).toBe(2);
    expect(withId.stderr).toContain('takes no action id');
  });
});
