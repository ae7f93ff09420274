// The README's "Everyday use", followed as a quality lead on a fresh machine would: the demo, cqc
// init and its printed next steps, an action from every template, evidence from colleagues, a
// recommendation, a refused and an accepted closure, a post-closure review, an incident that
// reopens the action, a hold, and the meeting: status, report, export, calendar and audit. Each
// step runs the built CLI in an 80-column terminal, with every date given, and its exit code, its
// key words and its width are checked. The steps run in order: each builds on the one before.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { DAN, GRACE, LENA, NewUserMachine, PRIYA, tooWide, words, type Turn } from './machine.js';

const machine = new NewUserMachine();

/** Run a step that must succeed and fit the terminal; its output as one string of words. */
function ok(args: string[], turn: Turn = {}): string {
  const r = machine.cqc(args, turn);
  expect(r.code, `cqc ${args.join(' ')}\n${r.stdout}${r.stderr}`).toBe(0);
  expect(tooWide(r)).toEqual([]);
  return words(r.stdout + r.stderr);
}

/** Run a step that must be refused (exit 1) and leave the records as they were. */
function refused(args: string[], turn: Turn, file: string): string {
  const before = machine.read(file);
  const r = machine.cqc(args, turn);
  expect(r.code, r.stdout + r.stderr).toBe(1);
  expect(tooWide(r)).toEqual([]);
  expect(machine.read(file)).toBe(before);
  return words(r.stderr);
}

/** `cqc evidence add … --commit`, on the day the evidence was gathered. */
function evidence(action: string, date: string, flags: string[], turn: Turn = {}): string {
  return ok(['evidence', 'add', action, '--date', date, ...flags, '--commit'], { ...turn, on: date });
}

const PEOPLE = `# Everyone who raises, owns, recommends, decides or reviews improvement actions.
people:
  - { id: priya-patel, name: Priya Patel, roles: [registered-manager], emails: [priya.patel@example.org] }
  - { id: grace-okafor, name: Grace Okafor, roles: [nominated-individual], emails: [grace.okafor@example.org] }
  - { id: dan-jones, name: Dan Jones, roles: [deputy-manager, moving-and-handling-lead, line-manager], emails: [dan.jones@example.org] }
  - { id: sam-okoro, name: Sam Okoro, roles: [senior-carer, key-worker], emails: [sam.okoro@example.org] }
  - { id: lena-fischer, name: Lena Fischer, roles: [clinical-lead], emails: [lena.fischer@example.org] }
`;

describe('a new user follows the README', () => {
  it('cqc demo shows the example first, in words that fit the terminal', () => {
    const r = machine.cqc(['demo', join(machine.folder, 'demo')], { cwd: machine.folder });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Built the example assurance repo, with its git history, in');
    expect(words(r.stdout)).toContain('NUT-001 closure decision names the provider quality lead, but the owner committed it "for" her.');
    // The closing hints name the demo's folder and this checkout's path, which may be long.
    expect(tooWide({ ...r, stdout: r.stdout.split('\n').filter((l) => !l.includes(machine.folder) && !l.includes('bin/cqc.js')).join('\n') })).toEqual([]);
  });

  it('cqc init sets up the repo and prints next steps that fit the terminal', () => {
    // The quality lead's own computer: git knows who she is, so every step she runs is hers.
    machine.sh([`git config --global user.name "${PRIYA.name}"`, `git config --global user.email ${PRIYA.email}`], { cwd: machine.folder });
    const r = machine.cqc(['init', 'care-records', '--provider', 'Example Care Ltd', '--location', 'rose-house=Rose House'], { cwd: machine.folder });
    expect(r.code, r.stderr).toBe(0);
    expect(tooWide(r)).toEqual([]);
    for (const file of ['cqc.yaml', 'people.yaml', 'actions/.gitkeep', 'evidence/.gitkeep', '.github/workflows/cqc.yml', '.githooks/pre-commit']) {
      expect(existsSync(join(machine.repo, file)), file).toBe(true);
    }
    expect(words(r.stdout)).toContain('you are listed as priya-patel (priya.patel@example.org) with the role registered-manager');

    // Step 2: everyone goes into people.yaml before the first commit. Step 3: the commands printed.
    machine.write('people.yaml', PEOPLE);
    const lines = r.stdout.split('\n');
    const from = lines.findIndex((l) => l.startsWith('  3. '));
    const commands = lines.slice(from + 1).filter((l, i, all) => all.slice(0, i + 1).every((x) => x.startsWith('       '))).map((l) => l.trim());
    expect(commands).toEqual(['cd care-records', 'git init', 'git add cqc.yaml people.yaml actions evidence .vscode .github .githooks', 'git commit -m "Start the assurance repo"']);
    machine.sh(commands, { cwd: machine.folder, on: '2025-09-01' });
    expect(ok(['check', '--as-of', '2025-09-01'])).toContain('No problems in 0 actions and 0 evidence items');
  });

  it('cqc new raises an action from each of the three templates', () => {
    expect(ok(['new', '--list-templates'])).toMatch(/moving-and-handling MH-nnn .* supervision SUP-nnn .* nutrition NUT-nnn /);

    // As the next steps suggest, without a baseline: the template's placeholder stands until replaced.
    const mh = ok(['new', '--template', 'moving-and-handling', '--title', 'Moving and handling assessments missing for changing mobility',
      '--location', 'rose-house', '--owner', 'dan-jones', '--raised', '2025-09-01', '--commit'], { on: '2025-09-01' });
    expect(mh).toMatch(/Raised MH-001: .* \(owner dan-jones, due 2025-10-13\)\. Wrote actions\/MH-001\.yaml and committed it as [0-9a-f]{7}\./);
    const placeholder = ok(['check', '--as-of', '2025-09-01']);
    expect(placeholder).toContain("baseline still holds the template's placeholder");
    expect(placeholder).toContain('0 errors, 1 warning');
    machine.write('actions/MH-001.yaml', machine.read('actions/MH-001.yaml').replace(/^baseline: .*$/m,
      'baseline: Internal audit of 14 mobility care files found 5 without a current moving and handling risk assessment.'));
    machine.sh(['git commit -q -am "MH-001: the baseline found"'], { on: '2025-09-01' });

    expect(ok(['new', '--template', 'supervision', '--location', 'rose-house', '--owner', 'dan-jones', '--raised', '2025-09-02', '--commit',
      '--baseline', 'Audit of 20 supervision records: 6 discussed performance and none reviewed earlier actions.'], { on: '2025-09-02' }))
      .toContain('Raised SUP-001: Supervision records do not show performance discussion or follow-up of actions (owner dan-jones, due 2025-12-02).');
    expect(ok(['new', '--template', 'nutrition', '--location', 'rose-house', '--owner', 'lena-fischer', '--raised', '2025-09-03', '--commit',
      '--baseline', 'Records of 8 people at risk: 3 had weekend gaps in fluid charts and 2 weight losses were escalated late.'], { on: '2025-09-03' }))
      .toMatch(/Raised NUT-001: .* \(owner lena-fischer, due 2025-10-29\)\./);
    expect(ok(['check', '--as-of', '2025-09-03', '--strict'])).toContain('No problems in 3 actions and 0 evidence items');
  });

  it('cqc evidence add records what the team finds, each under the name of whoever found it', () => {
    const audit = (action: string, date: string, measured: string, finding: string) =>
      evidence(action, date, ['--type', 'audit', '--measurement', measured, '--finding', finding, '--summary', `Weekly audit: ${measured} records meet the standard.`]);
    expect(audit('MH-001', '2025-09-08', '10/14', 'neutral')).toContain('MH-001 has moved from open to in progress.');
    audit('NUT-001', '2025-09-10', '6/8', 'neutral');
    audit('MH-001', '2025-09-15', '14/14', 'supports');
    expect(evidence('MH-001', '2025-09-16', ['--type', 'care_record', '--finding', 'supports', '--summary', 'Updated assessments are in the 5 care records.'], { as: DAN }))
      .toContain('Dan Jones (dan-jones) recorded MH-001-E03 (care record, 2025-09-16, supports) for MH-001.');
    audit('NUT-001', '2025-09-17', '8/8', 'supports');
    // Sam observed; Priya records it for him with --by.
    expect(evidence('MH-001', '2025-09-18', ['--by', 'sam-okoro', '--type', 'observation', '--finding', 'supports',
      '--summary', 'Observed a transfer for each of the 5 people, two at night and one at a weekend: staff followed the new assessments.']))
      .toMatch(/Sam Okoro \(sam-okoro\) recorded MH-001-E04 \(observation, 2025-09-18, supports\) for MH-001\. Wrote evidence\/MH-001\/MH-001-E04\.yaml and committed it as/);
    audit('MH-001', '2025-09-22', '14/14', 'supports');
    audit('NUT-001', '2025-09-24', '8/8', 'supports');
    evidence('NUT-001', '2025-09-25', ['--type', 'care_record', '--finding', 'supports', '--summary', 'Care plans of the 8 people at risk now give escalation thresholds.'], { as: LENA });
    audit('MH-001', '2025-09-29', '14/14', 'supports');
    // Due within 14 days and not yet ready to close: amber, and only the recommendation is missing.
    expect(ok(['status', '--as-of', '2025-09-29'])).toContain('MH-001 · AMBER · ready to recommend');
  });

  it('cqc recommend, then cqc close: refused for the owner, accepted from the approver', () => {
    evidence('SUP-001', '2025-09-30', ['--type', 'audit', '--measurement', '15/20', '--finding', 'neutral', '--summary', 'Monthly audit of 20 supervision records.']);
    evidence('NUT-001', '2025-10-01', ['--type', 'audit', '--measurement', '8/8', '--finding', 'supports', '--summary', 'Weekly audit: 8/8 records complete.']);
    expect(ok(['recommend', 'MH-001', '--on', '2025-09-30', '--commit'], { on: '2025-09-30' }))
      .toContain('Priya Patel (priya-patel) recommended MH-001 for closure on 2025-09-30; it is now in monitoring until the approver (nominated-individual) decides.');
    expect(ok(['status', '--as-of', '2025-09-30'])).toContain('MH-001 · GREEN · ready to close');

    const owner = refused(['close', 'MH-001', '--on', '2025-10-02', '--commit'], { as: DAN, on: '2025-10-02' }, 'actions/MH-001.yaml');
    expect(owner).toContain('cqc: MH-001 was not closed: these 3 checks fail for a decision by Dan Jones (dan-jones) on 2025-10-02. Nothing was written.');
    expect(owner).toContain('self-approval: The closure of MH-001 was decided by Dan Jones (dan-jones), who owns the action.');

    expect(ok(['close', 'MH-001', '--on', '2025-10-02', '--minutes', 'Governance minutes 2025-10-02, item 3', '--commit'], { as: GRACE, on: '2025-10-02' }))
      .toMatch(/Grace Okafor \(grace-okafor\) closed MH-001 on 2025-10-02\. Post-closure review due by 2026-01-02\. Wrote actions\/MH-001\.yaml and committed it as/);
    expect(machine.read('actions/MH-001.yaml')).toMatch(/status: closed\nclosure:\n {2}recommended_by: priya-patel\n {2}recommended_on: 2025-09-30\n {2}decided_by: grace-okafor\n {2}decided_on: 2025-10-02\n {2}decision: close\n/);
  });

  it('cqc review: a sustained review of a high-risk action needs a senior, citing evidence after the decision', () => {
    evidence('SUP-001', '2025-10-03', ['--type', 'feedback', '--from', 'staff', '--finding', 'supports', '--summary', 'Staff survey: supervision now agrees a clear action.']);
    const observed = evidence('NUT-001', '2025-10-05', ['--by', 'sam-okoro', '--type', 'observation', '--finding', 'concern',
      '--summary', "Weekend lunchtime: two people's fluid intake was not recorded until the evening."]);
    expect(observed).toContain('recorded NUT-001-E06 (observation, 2025-10-05, concern)');
    evidence('MH-001', '2025-10-06', ['--type', 'audit', '--measurement', '14/14', '--finding', 'supports', '--summary', 'Audit after closure: all 14 files current.']);
    const review = ['review', 'MH-001', '--on', '2025-10-07', '--result', 'sustained', '--evidence', 'MH-001-E07', '--commit'];
    expect(refused(review, { on: '2025-10-07' }, 'actions/MH-001.yaml'))
      .toContain('MH-001 is high-risk, so the review needs a senior role (nominated-individual or provider-quality-lead). Ask Grace Okafor (grace-okafor) to carry out the review.');
    expect(ok([...review, '--note', 'Files stayed current once weekly scrutiny eased.'], { as: GRACE, on: '2025-10-07' }))
      .toContain('Grace Okafor (grace-okafor) recorded a post-closure review of MH-001 on 2025-10-07: improvement sustained.');
  });

  it('cqc hold keeps an action in monitoring when its evidence disagrees, after cqc close refuses it', () => {
    evidence('NUT-001', '2025-10-08', ['--type', 'audit', '--measurement', '8/8', '--finding', 'supports', '--summary', 'Weekly audit: 8/8 records complete.']);
    const recommended = ok(['recommend', 'NUT-001', '--on', '2025-10-08', '--commit'], { on: '2025-10-08' });
    expect(recommended).toContain('recommended NUT-001 for closure on 2025-10-08');
    expect(recommended).toContain('cqc: warning: the evidence would not support closing NUT-001 today');
    expect(recommended).toContain('evidence-conflict: NUT-001-E06 (observation, 2025-10-05) records a concern about NUT-001');

    const closing = refused(['close', 'NUT-001', '--on', '2025-10-09', '--commit'], { as: GRACE, on: '2025-10-09' }, 'actions/NUT-001.yaml');
    expect(closing).toMatch(/^cqc: NUT-001 was not closed: .* Nothing was written\./);
    expect(closing).toContain('evidence-conflict');

    expect(ok(['hold', 'NUT-001', '--on', '2025-10-09', '--return-by', '2025-11-06', '--minutes', 'Governance minutes 2025-10-09, item 5',
      '--rationale', 'Mealtime observation found fluid intake not recorded at weekends.', '--commit'], { as: GRACE, on: '2025-10-09' }))
      .toContain('Grace Okafor (grace-okafor) held NUT-001 on 2025-10-09: it stays in monitoring, and governance decides again by 2025-11-06.');
  });

  it('an incident after closure is recorded, cqc check asks for the reopening, and cqc reopen makes it', () => {
    const incident = evidence('MH-001', '2025-10-09', ['--by', 'sam-okoro', '--type', 'incident', '--finding', 'concern',
      '--summary', 'Fall during a transfer for R14: the assessment was not updated after a hospital stay.']);
    expect(incident).toContain('Sam Okoro (sam-okoro) recorded MH-001-E08 (incident, 2025-10-09, concern) for MH-001.');
    expect(incident).toContain('cqc: warning: MH-001 is closed, and what MH-001-E08 records is a reason to reopen it');

    const check = machine.cqc(['check', '--as-of', '2025-10-09'], {});
    expect(check.code).toBe(1);
    expect(tooWide(check)).toEqual([]);
    // The rule's id sits in a column beside the wrapped message.
    expect(check.stdout).toMatch(/ error {2}MH-001 is still closed, but MH-001-E08 records +reopen-required\n/);
    expect(words(check.stdout)).toContain('That is a reason to reopen it: run `cqc reopen MH-001 --reason "…"` with what happened');
    expect(words(check.stdout)).toContain('1 error, 0 warnings in 3 actions and 17 evidence items');

    expect(ok(['reopen', 'MH-001', '--on', '2025-10-09', '--reason', 'Fall during a transfer linked to an assessment not updated after a hospital stay', '--commit'], { on: '2025-10-09' }))
      .toContain('Priya Patel (priya-patel) reopened MH-001 on 2025-10-09; it is back in progress.');
    expect(machine.read('actions/MH-001.yaml')).toMatch(/status: in_progress\n/);
  });

  it('before the meeting: cqc check is clean, and cqc status says where each action stands', () => {
    expect(machine.sh(['git status --porcelain'])).toBe('');
    expect(ok(['check', '--as-of', '2025-10-09', '--strict'])).toContain('No problems in 3 actions and 17 evidence items');
    const status = ok(['status', '--as-of', '2025-10-09']);
    expect(status).toContain('MH-001 · AMBER · blocked: status-transition, evidence-conflict');
    expect(status).toMatch(/NUT-001 · AMBER · blocked: .*evidence-conflict .* monitoring · due 2025-10-29/);
    // Its one measurement so far misses the goal: unsettled evidence is amber, however far off the due date.
    expect(status).toMatch(/SUP-001 · AMBER · blocked: .* in progress · due 2025-12-02/);
    expect(status).toContain('Nothing is ready to close today.');
  });

  it('cqc report writes the meeting pack from git, as Markdown and as one HTML file', () => {
    const pack = machine.cqc(['report', '--since', '2025-09-01', '--as-of', '2025-10-09'], {});
    expect(pack.code, pack.stderr).toBe(0);
    expect(pack.stdout).toContain('# Governance meeting pack: Example Care Ltd');
    expect(pack.stdout).toMatch(/\| MH-001 \| Closed; since reopened on 2025-10-09 \| 2025-10-02 \| Priya Patel \(registered-manager\) on 2025-09-30 \| Grace Okafor \(nominated-individual\) \|.*\| Grace Okafor, 2 Oct 2025, 11:00, commit [0-9a-f]{10} \|/);
    expect(pack.stdout).toMatch(/\| NUT-001 \| Held in monitoring, return by 2025-11-06 \|/);
    expect(pack.stdout).toMatch(/\| MH-001 \| 2025-10-07 \| Grace Okafor \(nominated-individual\) \| sustained: Files stayed current once weekly scrutiny eased\. \| MH-001-E07 \|/);
    expect(pack.stdout).toMatch(/\| MH-001 \| 2025-10-09 \| Priya Patel \(registered-manager\) \| Fall during a transfer linked to an assessment not updated after a hospital stay \|/);

    expect(ok(['report', '--since', '2025-09-01', '--as-of', '2025-10-09', '--format', 'html', '-o', '../governance-pack.html']))
      .toContain(`Meeting pack written to ${join(machine.folder, 'governance-pack.html')}.`);
    const html = readFileSync(join(machine.folder, 'governance-pack.html'), 'utf8');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html.replace(/<[^>]+>/g, '')).toContain('Closed; since reopened on 2025-10-09');
    expect(html).not.toMatch(/(src|href)=["']?https?:/); // loads nothing from the network
  });

  it('cqc export gives a spreadsheet row per action, judged as cqc status judges it', () => {
    const csv = machine.cqc(['export', '--as-of', '2025-10-09'], {});
    expect(csv.code, csv.stderr).toBe(0);
    const rows = parseCsv(csv.stdout, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r.id, r.status, r.rag, r.ready, r.owner, r.target_due])).toEqual([
      ['MH-001', 'in_progress', 'amber', 'no', 'dan-jones', '2025-10-13'],
      ['NUT-001', 'monitoring', 'amber', 'no', 'lena-fischer', '2025-10-29'],
      ['SUP-001', 'in_progress', 'amber', 'no', 'dan-jones', '2025-12-02'],
    ]);
    expect(ok(['export', '--as-of', '2025-10-09', '-o', '../actions.xlsx'])).toContain('Exported 3 actions to');
    expect(readFileSync(join(machine.folder, 'actions.xlsx')).subarray(0, 2).toString()).toBe('PK');
  });

  it('cqc calendar lists the dates to keep: targets due, and the hold\'s return date', () => {
    const ics = machine.cqc(['calendar', '--as-of', '2025-10-09'], {});
    expect(ics.code, ics.stderr).toBe(0);
    const events = [...ics.stdout.matchAll(/UID:(\S+)\r?\n(?:.*\r?\n)*?DTSTART;VALUE=DATE:(\d{8})/g)].map((m) => `${m[1]} ${m[2]}`);
    expect(events).toEqual(['MH-001.due@cqc 20251013', 'NUT-001.due@cqc 20251029', 'NUT-001.return_by@cqc 20251106', 'SUP-001.due@cqc 20251202']);
    expect(ok(['calendar', '--as-of', '2025-10-09', '-o', '../cqc-dates.ics'])).toContain(`Wrote 4 events to ${join(machine.folder, 'cqc-dates.ics')}.`);
    expect(readFileSync(join(machine.folder, 'cqc-dates.ics'), 'utf8')).toBe(ics.stdout);
  });

  it('cqc audit gives an inspector the trail: who decided, reviewed and reopened what, from git', () => {
    const all = ok(['audit']);
    expect(all).toMatch(/^Closure decisions, holds, post-closure reviews and reopenings recorded in git \(4\)/);
    expect(all).toMatch(/MH-001 close recommended by priya-patel \(registered-manager\) on 2025-09-30 commit [0-9a-f]{7} recorded by grace-okafor \(nominated-individual\) on 2025-10-02/);
    expect(all).toContain('MH-001 post-closure review: sustained recorded by grace-okafor (nominated-individual) on 2025-10-07');
    expect(all).toContain('MH-001 reopened recorded by priya-patel (registered-manager) on 2025-10-09');
    expect(all).toContain('NUT-001 hold recommended by priya-patel');
    const one = ok(['audit', 'MH-001']);
    expect(one).toContain('Audit trail of MH-001 (actions/MH-001.yaml), oldest first');
    expect(one).toContain('evidence MH-001-E03 added (care_record, dated 2025-09-16) by dan-jones');
    expect(one).toContain('reopened on 2025-10-09: Fall during a transfer linked to an assessment not updated after a hospital stay by priya-patel');
  });
});
