import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { judge } from '../../src/engine/judge.js';
import { EVIDENCE, findingsOf, lineOf, OPEN_ACTION, writeRepo } from '../helpers/repo.js';

describe('a valid repo', () => {
  it('produces no findings', async () => {
    const dir = writeRepo({ 'actions/MH-001.yaml': OPEN_ACTION, 'evidence/MH-001/MH-001-E01.yaml': EVIDENCE });
    const { report } = await judge({ cwd: dir, git: false, asOf: '2026-09-11' });
    expect(report.findings).toEqual([]);
    expect(report.summary).toEqual({ actions: 1, evidence: 1, errors: 0, warnings: 0, waived: 0, git: false, held_back: 0 });
    expect(report.actions).toEqual([{ id: 'MH-001', status: 'open', ready: expect.any(Boolean), high_risk: true, risk_areas: ['safety'], targets: [] }]);
  });
});

describe('yaml-syntax', () => {
  it('points at a duplicate key', async () => {
    const text = OPEN_ACTION + 'title: Again\n';
    const f = await findingsOf(writeRepo({ 'actions/MH-001.yaml': text }));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: 'yaml-syntax', severity: 'error', file: 'actions/MH-001.yaml', line: lineOf(text, 'title: Again'), column: 1 });
    expect(f[0]!.message).toMatch(/appears twice/);
  });

  it('points at broken indentation', async () => {
    const text = 'id: MH-001\ntitle: [unclosed\nowner: dan-jones\n';
    const f = await findingsOf(writeRepo({ 'actions/MH-001.yaml': text }));
    expect(f.map((x) => x.rule)).toEqual(['yaml-syntax']);
    expect(f[0]!.line).toBeGreaterThanOrEqual(2);
  });

  it('reports binary junk without crashing', async () => {
    const f = await findingsOf(writeRepo({ 'actions/MH-001.yaml': Buffer.from([0, 1, 2, 255, 254, 10]) }));
    expect(f).toEqual([expect.objectContaining({ rule: 'yaml-syntax', line: 1, message: expect.stringMatching(/not a text file/) })]);
  });

  it('stops an alias bomb', async () => {
    const rows = ['a: &a [x,x,x,x,x,x,x,x,x,x]'];
    for (let i = 1; i < 9; i++) rows.push(`${'abcdefghij'[i]}: &${'abcdefghij'[i]} [${Array(10).fill('*' + 'abcdefghij'[i - 1]).join(',')}]`);
    // Expanded, this is 10^9 nodes: without the cap the run would never finish (the test's timeout
    // says so); with it, the parser refuses at once and says why. No clock is read here.
    const f = await findingsOf(writeRepo({ 'actions/MH-001.yaml': rows.join('\n') + '\n' }));
    expect(f.map((x) => x.rule)).toEqual(['yaml-syntax']);
    expect(f[0]!.message).toMatch(/alias/i);
  });

  it('refuses a huge file with a finding', async () => {
    const big = 'summary: "' + 'x'.repeat(6 * 1024 * 1024) + '"\n';
    const f = await findingsOf(writeRepo({ 'actions/MH-001.yaml': big }));
    expect(f).toEqual([expect.objectContaining({ rule: 'yaml-syntax', message: expect.stringMatching(/larger than/) })]);
  });

  it('reports a second YAML document', async () => {
    const f = await findingsOf(writeRepo({ 'actions/MH-001.yaml': OPEN_ACTION + '---\nid: MH-002\n' }));
    expect(f.map((x) => x.rule)).toEqual(['yaml-syntax']);
  });
});

// SPEC: every finding names "the action id where one applies", and an action's file name is its id.
// An unreadable action file is still that action: in the finding, the count and the actions list,
// and in a --location or [paths] run as in a whole-repo run.
describe('an action file cqc cannot read', () => {
  const files = () => writeRepo({
    'cqc.yaml': 'provider: Example Care Ltd\nlayout: by-location\nlocations:\n  - { id: rose-house, name: Rose House }\n  - { id: ivy-court, name: Ivy Court }\n',
    'locations/rose-house/actions/MH-001.yaml': OPEN_ACTION + 'title: Again\n',
    'locations/rose-house/evidence/MH-001/MH-001-E01.yaml': EVIDENCE,
    'locations/ivy-court/actions/MH-002.yaml': OPEN_ACTION.replace('MH-001', 'MH-002').replace('rose-house', 'ivy-court'),
  });

  it('is its action everywhere, the same in every scope', async () => {
    const dir = files();
    const whole = (await judge({ cwd: dir, git: false, asOf: '2026-09-11' })).report;
    expect(whole.findings).toEqual([expect.objectContaining({ rule: 'yaml-syntax', action: 'MH-001', file: 'locations/rose-house/actions/MH-001.yaml' })]);
    expect(whole.summary).toMatchObject({ actions: 2, evidence: 1 });
    expect(Object.fromEntries(whole.actions.map((a) => [a.id, a.status]))).toEqual({ 'MH-001': 'unknown', 'MH-002': 'open' });
    expect(whole.actions).toHaveLength(whole.summary.actions);
    for (const scope of [{ location: 'rose-house' }, { paths: ['locations/rose-house/actions/MH-001.yaml'] }]) {
      const { report } = await judge({ cwd: dir, git: false, asOf: '2026-09-11', ...scope });
      expect(report.summary, JSON.stringify(scope)).toMatchObject({ actions: 1, evidence: 1, errors: 1, held_back: whole.summary.held_back });
      expect(report.actions.map((a) => a.id)).toEqual(['MH-001']);
      expect(report.findings.map((f) => [f.rule, f.action])).toEqual([['yaml-syntax', 'MH-001']]);
    }
    const other = (await judge({ cwd: dir, git: false, asOf: '2026-09-11', location: 'ivy-court' })).report;
    expect(other.summary).toMatchObject({ actions: 1, evidence: 0, errors: 0 });
  });
});

describe('input that must pass cleanly', () => {
  it('accepts Windows line endings and a UTF-8 BOM with correct lines', async () => {
    const crlf = '\uFEFF' + OPEN_ACTION.replace(/\n/g, '\r\n').replace('status: open', 'status: finished');
    const f = await findingsOf(writeRepo({ 'actions/MH-001.yaml': crlf }));
    expect(f).toEqual([expect.objectContaining({ rule: 'schema', line: lineOf(OPEN_ACTION, 'status:'), column: 9 })]);
  });

  it('reads unquoted dates as text (YAML 1.2), so they validate as dates', async () => {
    const f = await findingsOf(writeRepo({ 'actions/MH-001.yaml': OPEN_ACTION.replace('raised: 2026-09-01', 'raised: 2026-02-30') }));
    expect(f).toEqual([expect.objectContaining({ rule: 'schema', line: lineOf(OPEN_ACTION, 'raised:'), message: expect.stringMatching(/real calendar date/) })]);
  });

  it('treats __proto__ and constructor keys as unknown fields, not as code', async () => {
    const text = OPEN_ACTION + '__proto__: { polluted: true }\nconstructor: x\n';
    const f = await findingsOf(writeRepo({ 'actions/MH-001.yaml': text }));
    expect(f.map((x) => [x.rule, x.line])).toEqual([['schema', lineOf(text, '__proto__')], ['schema', lineOf(text, 'constructor')]]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reports an empty file as a schema problem', async () => {
    const f = await findingsOf(writeRepo({ 'actions/MH-001.yaml': '' }));
    expect(f).toEqual([expect.objectContaining({ rule: 'schema', file: 'actions/MH-001.yaml', message: expect.stringMatching(/empty/) })]);
  });

  it('allows x- extension keys anywhere', async () => {
    const text = OPEN_ACTION + 'x-board-ref: GOV-12\n';
    expect(await findingsOf(writeRepo({ 'actions/MH-001.yaml': text }))).toEqual([]);
  });
});

describe('schema', () => {
  it('reports every violation in a file, each at its node', async () => {
    const text = OPEN_ACTION.replace('status: open', 'status: done').replace('owner: dan-jones', 'owner: dan-jones\nclosure:\n  decided_bye: grace-okafor');
    const f = await findingsOf(writeRepo({ 'actions/MH-001.yaml': text }));
    expect(f.map((x) => [x.rule, x.line, x.column, x.action])).toEqual([
      ['schema', lineOf(text, 'decided_bye'), 3, 'MH-001'],
      ['schema', lineOf(text, 'status:'), 9, 'MH-001'],
    ]);
    expect(f[0]!.message).toMatch(/decided_bye.*Did you mean "decided_by"/);
    expect(f[1]!.message).toMatch(/open, in_progress, monitoring, closed/);
  });

  it('names a missing required field at the top of the record', async () => {
    const f = await findingsOf(writeRepo({ 'actions/MH-001.yaml': OPEN_ACTION.replace(/^owner:.*\n/m, '') }));
    expect(f).toEqual([expect.objectContaining({ rule: 'schema', line: 1, message: expect.stringMatching(/"owner"/) })]);
  });

  it('checks cqc.yaml and people.yaml too', async () => {
    const people = 'people:\n  - id: dan-jones\n    emails: [not-an-email]\n';
    const f = await findingsOf(writeRepo({ 'people.yaml': people, 'cqc.yaml': 'provider: X\npolicy:\n  evidence_max_age: 90 days\n' }));
    expect(f.map((x) => [x.file, x.line])).toEqual([['cqc.yaml', 3], ['people.yaml', 3]]);
  });
});

describe('duplicate-id and id-filename', () => {
  it('flags two actions with one id in both files', async () => {
    const f = await findingsOf(writeRepo({ 'actions/MH-001.yaml': OPEN_ACTION, 'actions/MH-002.yaml': OPEN_ACTION }));
    expect(f.filter((x) => x.rule === 'duplicate-id').map((x) => x.file)).toEqual(['actions/MH-001.yaml', 'actions/MH-002.yaml']);
    expect(f.filter((x) => x.rule === 'id-filename')).toEqual([expect.objectContaining({ file: 'actions/MH-002.yaml', line: 1, column: 5 })]);
  });

  it('flags evidence filed under another action', async () => {
    const other = OPEN_ACTION.replace(/MH-001/g, 'MH-002');
    const f = await findingsOf(writeRepo({ 'actions/MH-001.yaml': OPEN_ACTION, 'actions/MH-002.yaml': other, 'evidence/MH-002/MH-001-E01.yaml': EVIDENCE }), '2026-09-11');
    expect(f).toEqual([expect.objectContaining({ rule: 'id-filename', line: lineOf(EVIDENCE, 'action:'), action: 'MH-001', message: expect.stringMatching(/evidence\/MH-001\//) })]);
  });
});

describe('unknown-reference', () => {
  it('flags people, locations, statements and evidence that do not exist', async () => {
    const text = OPEN_ACTION.replace('owner: dan-jones', 'owner: dan-jonez').replace('location: rose-house', 'location: ivy-court')
      .replace('[safe.involving-people-to-manage-risks]', '[safe.not-a-statement]')
      + 'closure:\n  recommended_by: priya-patel\n  evidence_reviewed: [MH-001-E09]\n';
    const f = await findingsOf(writeRepo({ 'actions/MH-001.yaml': text }));
    expect(f.map((x) => [x.rule, x.line])).toEqual([
      ['unknown-reference', lineOf(text, 'location:')],
      ['unknown-reference', lineOf(text, 'owner:')],
      ['unknown-reference', lineOf(text, 'quality_statements')],
      ['unknown-reference', lineOf(text, 'evidence_reviewed')],
    ]);
  });

  it('flags a role nobody holds and evidence for a missing action', async () => {
    const text = OPEN_ACTION + 'closure_criteria:\n  approver: chief-executive\n';
    const f = await findingsOf(writeRepo({ 'actions/MH-001.yaml': text, 'evidence/MH-009/MH-009-E01.yaml': EVIDENCE.replace(/MH-001/g, 'MH-009') }), '2026-09-11');
    expect(f.map((x) => [x.rule, x.file])).toEqual([
      ['unknown-reference', 'actions/MH-001.yaml'],
      ['unknown-reference', 'evidence/MH-009/MH-009-E01.yaml'],
    ]);
  });
});

describe('attachment-missing', () => {
  it('flags a missing file, an absolute path, ".." and a link out of the repo', async () => {
    const text = EVIDENCE + 'attachments:\n  - evidence/MH-001/files/ok.csv\n  - evidence/MH-001/files/gone.pdf\n  - /etc/passwd\n  - ../outside.txt\n  - evidence/MH-001/files/link.txt\n';
    const dir = writeRepo({ 'actions/MH-001.yaml': OPEN_ACTION, 'evidence/MH-001/MH-001-E01.yaml': text, 'evidence/MH-001/files/ok.csv': 'a,b\n' });
    writeFileSync(join(dir, '..', 'cqc-outside-target.txt'), 'secret');
    symlinkSync(join(dir, '..', 'cqc-outside-target.txt'), join(dir, 'evidence/MH-001/files/link.txt'));
    const f = await findingsOf(dir, '2026-09-11');
    expect(f.map((x) => [x.rule, x.line])).toEqual([
      ['attachment-missing', lineOf(text, 'gone.pdf')],
      ['attachment-missing', lineOf(text, '/etc/passwd')],
      ['attachment-missing', lineOf(text, '../outside')],
      ['attachment-missing', lineOf(text, 'link.txt')],
    ]);
    expect(f[0]!.message).toMatch(/does not exist/);
    expect(f[1]!.message).toMatch(/outside the assurance repo/);
  });
});

describe('roles', () => {
  it('accepts step roles nobody in people.yaml holds, but not a reviewer or approver role', async () => {
    const text = OPEN_ACTION + 'steps:\n  - role: key-worker\n    does: Update each care plan\nclosure_criteria:\n  reviewer: registered-manager\n  approver: chief-executive\n';
    const f = await findingsOf(writeRepo({ 'actions/MH-001.yaml': text }));
    expect(f.map((x) => [x.rule, x.line])).toEqual([['unknown-reference', lineOf(text, 'approver:')]]);
  });
});

describe('a provider framework named in cqc.yaml', () => {
  const FRAMEWORK = `id: sector-asc-2026
name: Adult social care sector framework (draft)
version: 2026-draft
key_questions:
  - id: safe
    title: Safe
    statements:
      - id: safe.managing-risk
        title: Managing risk
`;

  it('replaces the built-in statements', async () => {
    const config = 'provider: X\nframework: frameworks/asc.yaml\nlocations: [{ id: rose-house }]\n';
    const ok = OPEN_ACTION.replace('safe.involving-people-to-manage-risks', 'safe.managing-risk');
    expect(await findingsOf(writeRepo({ 'cqc.yaml': config, 'frameworks/asc.yaml': FRAMEWORK, 'actions/MH-001.yaml': ok }))).toEqual([]);
    const f = await findingsOf(writeRepo({ 'cqc.yaml': config, 'frameworks/asc.yaml': FRAMEWORK, 'actions/MH-001.yaml': OPEN_ACTION }));
    expect(f).toEqual([expect.objectContaining({ rule: 'unknown-reference', message: expect.stringMatching(/not a quality statement of the Adult social care sector framework/) })]);
  });

  it('is checked against its own schema', async () => {
    const config = 'provider: X\nframework: frameworks/asc.yaml\n';
    const f = await findingsOf(writeRepo({ 'cqc.yaml': config, 'frameworks/asc.yaml': FRAMEWORK.replace('title: Safe', 'titel: Safe') }));
    expect(f.map((x) => [x.rule, x.file, x.line])).toEqual([['schema', 'frameworks/asc.yaml', 5], ['schema', 'frameworks/asc.yaml', 6]]);
    expect(f[1]!.message).toMatch(/Unknown field "titel".*Did you mean "title"/);
  });

  it('ends the run with one line when the file does not exist', async () => {
    await expect(findingsOf(writeRepo({ 'cqc.yaml': 'provider: X\nframework: frameworks/none.yaml\n' }))).rejects.toThrow(/neither a built-in framework/);
  });
});
