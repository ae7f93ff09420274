import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { judge } from '../../src/engine/judge.js';
import type { CheckReport } from '../../src/model.js';
import { spaced, withCheckDigit } from '../personal-data/fixture.js';
import { addEvidence, AS_OF, cleanupRepos, findingsOf, mh001, validRepo, writeRepo, type RepoSpec } from './fixture.js';

afterAll(cleanupRepos);

// Check digits computed by the test fixture's own route, not the code under test.
const NHS = withCheckDigit('401023213');
const NHS_SPACED = spaced(NHS);
const WRONG_CHECK = `${NHS.slice(0, 9)}${(Number(NHS[9]) + 1) % 10}`;
const NI = 'AB 12 34 56 C';

/** Write the spec, then the raw extras (appended to a record, or whole new files), and judge it. */
async function judged(spec: RepoSpec, extra: { append?: Record<string, string>; files?: Record<string, string> } = {}): Promise<{ report: CheckReport; text: (p: string) => string }> {
  const { dir, files } = writeRepo(spec);
  for (const [path, text] of Object.entries(extra.append ?? {})) {
    appendFileSync(join(dir, path), text);
    files.set(path, files.get(path) + text);
  }
  for (const [path, text] of Object.entries(extra.files ?? {})) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
    files.set(path, text);
  }
  const { report } = await judge({ cwd: dir, git: false, asOf: AS_OF });
  return { report, text: (p) => files.get(p) ?? '' };
}

function place(text: string, needle: string): { line: number; column: number } {
  const before = text.slice(0, text.indexOf(needle)).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

function expectNoDigitsOf(report: CheckReport, ...values: string[]): void {
  const json = JSON.stringify(report);
  for (const v of values) for (const run of v.match(/\d{2,}/g) ?? []) expect(json).not.toContain(run);
}

describe('personal-data', () => {
  it('finds an NHS number in an evidence summary, at its line and column, about the action, without the value', async () => {
    const spec = validRepo();
    spec.evidence['MH-001-E03']!.summary = `Observed six transfers for resident ${NHS_SPACED}; all followed the assessment.`;
    const { report, text } = await judged(spec);
    const file = 'evidence/MH-001/MH-001-E03.yaml';
    const found = findingsOf(report, 'personal-data');
    expect(found).toEqual([{
      rule: 'personal-data', severity: 'error', file, action: 'MH-001', ...place(text(file), NHS_SPACED),
      message: expect.stringContaining(`This file holds what looks like an NHS number on line ${place(text(file), NHS_SPACED).line}, column ${place(text(file), NHS_SPACED).column}.`),
    }]);
    expect(found[0]!.message).toMatch(/Remove it .* pseudonymous reference kept in the care system/);
    expect(found[0]!.message).toContain('cqc audit --personal-data');
    expect(report.summary.errors).toBe(1);
    expectNoDigitsOf(report, NHS);
  });

  it('reads comments too, and every kind in action, evidence and people.yaml', async () => {
    const spec = validRepo();
    const { report, text } = await judged(spec, {
      append: {
        'actions/MH-001.yaml': `# NI ${NI} from the referral\n`,
        'evidence/MH-001/MH-001-E02.yaml': '# resident DOB: 12.03.1941\n',
        'people.yaml': `# Sam's NHS number ${NHS}, for the rota\n`,
      },
    });
    const found = findingsOf(report, 'personal-data').map((f) => [f.file, f.line, f.action, f.message.split(' on line')[0]]);
    expect(found).toEqual([
      ['actions/MH-001.yaml', place(text('actions/MH-001.yaml'), NI).line, 'MH-001', 'This file holds what looks like a National Insurance number'],
      ['evidence/MH-001/MH-001-E02.yaml', place(text('evidence/MH-001/MH-001-E02.yaml'), '12.03').line, 'MH-001', 'This file holds what looks like a date of birth'],
      ['people.yaml', place(text('people.yaml'), NHS).line, undefined, 'This file holds what looks like an NHS number'],
    ]);
    expectNoDigitsOf(report, NHS, NI, '12.03.1941');
  });

  it("looks for the provider's patterns in records, but in cqc.yaml (which holds them) only for the built-in kinds", async () => {
    const spec = validRepo();
    spec.config.policy!.personal_data = { patterns: ['\\bRoom 1[0-9]{2}\\b'] };
    spec.evidence['MH-001-E03']!.summary = 'Observed six transfers, one in room 104.';
    const { report } = await judged(spec, { append: { 'cqc.yaml': `# e.g. Room 104\n# the manager's NHS number ${NHS}\n` } });
    const found = findingsOf(report, 'personal-data');
    expect(found.map((f) => [f.file, f.message.split(' on line')[0]])).toEqual([
      ['cqc.yaml', 'This file holds what looks like an NHS number'],
      ['evidence/MH-001/MH-001-E03.yaml', "This file holds what looks like text matching the provider's personal-data pattern 1 (policy.personal_data.patterns[0] in cqc.yaml)"],
    ]);
  });

  // SPEC: a location's cqc_id matches ^1-[0-9]{5,11}$; real IDs have ten digits after "1-" too, and a
  // care home's ID is not a person's identifier. Ten of them passing the NHS check must not fail a valid cqc.yaml.
  it('leaves a location\'s CQC ID in cqc.yaml alone, even when its digits pass the NHS check', async () => {
    const withIds = validRepo();
    (withIds.config.locations as { cqc_id?: string }[])[0]!.cqc_id = `1-${NHS}`;
    const clean = await judged(withIds);
    expect(findingsOf(clean.report, 'personal-data')).toEqual([]);
    expect(clean.report.summary.errors).toBe(0);
    // The same digits anywhere else in cqc.yaml are still an NHS number.
    const commented = await judged(withIds, { append: { 'cqc.yaml': `# manager's NHS number ${NHS}\n` } });
    expect(findingsOf(commented.report, 'personal-data').map((f) => [f.file, f.line])).toEqual([['cqc.yaml', place(commented.text('cqc.yaml'), `number ${NHS}`).line]]);
  });

  it('reads the text attachments evidence lists, reporting at the attachment\'s own line and column, and no other files', async () => {
    const spec = validRepo();
    addEvidence(spec, {
      id: 'MH-001-E05', action: 'MH-001', type: 'audit', date: '2026-10-10', summary: 'Audit sheet attached.', finding: 'neutral',
      attachments: ['evidence/MH-001/files/audit.csv', 'evidence/MH-001/files/scan.pdf', 'evidence/MH-001/files/NOTES.MD'],
    });
    const csv = `room,checked\nR12,yes\nR14,"yes, born 3 March 1938"\n`;
    const { report } = await judged(spec, {
      files: {
        'evidence/MH-001/files/audit.csv': csv,
        'evidence/MH-001/files/scan.pdf': `%PDF-1.4 NHS ${NHS}`, // not a text attachment: not read
        'evidence/MH-001/files/NOTES.MD': `Resident ${NI}\n`,
        'evidence/MH-001/files/unlisted.txt': `NHS ${NHS}\n`, // listed by no evidence
      },
    });
    const found = findingsOf(report, 'personal-data');
    expect(found.map((f) => ({ file: f.file, line: f.line, column: f.column, action: f.action }))).toEqual([
      { file: 'evidence/MH-001/files/audit.csv', ...place(csv, '3 March'), action: 'MH-001' },
      { file: 'evidence/MH-001/files/NOTES.MD', line: 1, column: 10, action: 'MH-001' },
    ]);
    expect(found[0]!.message).toMatch(/^The attachment evidence\/MH-001\/files\/audit\.csv \(listed by evidence MH-001-E05\) holds what looks like a date of birth on line 3/);
    expect(found[0]!.message).toContain('Remove it from the file');
  });

  it('passes look-alikes that fail the definitions', async () => {
    const spec = validRepo();
    const a = mh001(spec);
    a.baseline = [
      `Datix ${WRONG_CHECK} (check digit wrong)`,
      `Ticket 1${NHS} (inside a longer run of digits)`,
      'Phone the office on 01632 960123 or 020 7946 0018',
      `NHS test number ${spaced(withCheckDigit('999000001'))} used in training`,
      'QQ 12 34 56 C is the form example; GB 12 34 56 A is never issued',
      'Reviewed on 12/03/2026 and due 2026-12-03',
      `Audit trail from commit ab${NHS}${'cdef'.repeat(7)}`,
    ].join('. ');
    const { report } = await judged(spec, { append: { 'actions/MH-001.yaml': '# stubborn problem, newborn unit 12/03/2026\n' } });
    expect(findingsOf(report, 'personal-data')).toEqual([]);
    expect(report.summary.errors).toBe(0);
  });

  it('may be waived on an action by a senior, and stays visible as waived', async () => {
    const spec = validRepo();
    spec.evidence['MH-001-E03']!.summary = `Supplier order ${NHS} delivered the hoists.`;
    mh001(spec).waivers = [{ rule: 'personal-data', reason: 'A supplier order number that happens to pass the NHS check', approved_by: 'ruth-adeyemi', expires: '2027-03-31' }];
    const { report } = await judged(spec);
    expect(findingsOf(report, 'personal-data')).toEqual([expect.objectContaining({ action: 'MH-001', waived: true })]);
    expect(report.summary).toMatchObject({ errors: 0, waived: 1 });
  });
});
