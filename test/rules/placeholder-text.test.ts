// placeholder-text on real YAML: the template's "Replace this with what was found" is a warning at
// the field that holds it, stops closure readiness, and cqc close refuses while it stands.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/index.js';
import { PLACEHOLDER, TEMPLATES } from '../../src/templates/index.js';
import { buildAction } from '../../src/workflow/action-builder.js';
import { recordText } from '../../src/workflow/records.js';
import { seedByName } from '../../src/workflow/template-seed.js';
import { ACTION, CONFIG, PEOPLE, captureIo, makeRepo, read } from '../workflow/helpers.js';
import { judge } from '../../src/engine/judge.js';
import { writeRepo } from '../helpers/repo.js';
import { ACTION_FILE, checkRepo, cleanupRepos, expectOneFinding, findingsOf, lineOf, mh001, validRepo } from './fixture.js';

afterAll(() => cleanupRepos());

const TEMPLATE_BASELINE = `Audit found gaps. ${PLACEHOLDER}: how many files were checked.`;

describe('placeholder-text', () => {
  it('warns at the field that still holds the placeholder, and says close refuses', async () => {
    const spec = validRepo();
    Object.assign(mh001(spec), { status: 'in_progress', baseline: TEMPLATE_BASELINE });
    delete mh001(spec).closure;
    delete mh001(spec).post_closure;
    const repo = await checkRepo(spec);
    const f = expectOneFinding(repo, {
      rule: 'placeholder-text', severity: 'warning', file: ACTION_FILE, line: lineOf(repo.text(ACTION_FILE), /^baseline:/), action: 'MH-001',
      fragments: ['baseline still holds the template\'s placeholder', 'cqc close refuses'],
    });
    expect(f.message).not.toContain('how many files were checked');
    const state = repo.report.actions.find((a) => a.id === 'MH-001')!;
    expect(state.ready).toBe(false);
  });

  it('finds it in a list item and in evidence, whatever the capitals', async () => {
    const spec = validRepo();
    mh001(spec).monitoring = { frequency: 'weekly', warning_signs: ['Vague notes', `replace this with what was found`] };
    spec.evidence['MH-001-E03']!.summary = `${PLACEHOLDER}.`;
    const repo = await checkRepo(spec);
    expect(findingsOf(repo.report, 'placeholder-text').map((f) => [f.file, f.line])).toEqual([
      [ACTION_FILE, lineOf(repo.text(ACTION_FILE), /- replace this/)],
      ['evidence/MH-001/MH-001-E03.yaml', lineOf(repo.text('evidence/MH-001/MH-001-E03.yaml'), /^summary:/)],
    ]);
  });

  // SPEC placeholder-text: 'a text field still holds a template's placeholder (e.g. "Replace this …")'.
  it.each(['Replace this …', 'replace this...', 'Baseline: Replace this … with the audit result'])('flags SPEC\'s own example form: %s', async (baseline) => {
    const spec = validRepo();
    mh001(spec).baseline = baseline;
    const repo = await checkRepo(spec);
    expect(findingsOf(repo.report, 'placeholder-text').map((f) => [f.line, f.action])).toEqual([[lineOf(repo.text(ACTION_FILE), /^baseline:/), 'MH-001']]);
  });

  it('leaves real text alone, even text that starts the same way', async () => {
    const spec = validRepo();
    mh001(spec).baseline = 'Replace this hoist sling: the audit found it frayed in two rooms.';
    const repo = await checkRepo(spec);
    expect(repo.report.findings).toEqual([]);
  });

  it.each(TEMPLATES.map((t) => t.name))('flags the %s template as cqc new writes it', async (name) => {
    const seed = seedByName(name)!;
    const action = buildAction({ id: `${seed.prefix}-001`, title: 'From a template', owner: 'dan-jones', raised: '2026-09-01', location: 'rose-house', riskAreas: [], qualityStatements: [], regulations: [], requiredEvidence: [] }, seed);
    const dir = writeRepo({ [`actions/${seed.prefix}-001.yaml`]: recordText('action', action, 'From a template.') });
    const { report } = await judge({ cwd: dir, git: false, asOf: '2026-09-01' });
    expect(report.findings.filter((f) => f.rule === 'placeholder-text').map((f) => f.message.split(' ')[0])).toEqual(['baseline']);
  });
});

describe('cqc close and placeholder text', () => {
  const evidence = (id: string, type: string, date: string, extra = '') =>
    `id: ${id}\naction: MH-001\ntype: ${type}\ndate: ${date}\nrecorded_by: sam-smith\nsummary: ${type} on ${date}\nfinding: supports\n${extra}`;
  const withBaseline = ACTION.replace('owner: dan-jones', `baseline: "${TEMPLATE_BASELINE}"\nowner: dan-jones`);
  const files = {
    'cqc.yaml': CONFIG,
    'people.yaml': PEOPLE,
    'actions/MH-001.yaml': withBaseline,
    'evidence/MH-001/MH-001-E01.yaml': evidence('MH-001-E01', 'audit', '2026-03-30', 'measurement: { numerator: 12, denominator: 12 }\n'),
    'evidence/MH-001/MH-001-E02.yaml': evidence('MH-001-E02', 'observation', '2026-04-06'),
    'evidence/MH-001/MH-001-E03.yaml': evidence('MH-001-E03', 'audit', '2026-04-13', 'measurement: { value: 100 }\n'),
  };

  it('refuses while the placeholder stands, writing nothing; closes once it is replaced', async () => {
    const dir = makeRepo(files);
    const step = async (argv: string[]) => { const c = captureIo(dir); const code = await run(argv, c.io); return { code, err: c.err() }; };
    expect((await step(['recommend', 'MH-001', '--on', '2026-04-14', '--by', 'priya-patel'])).code).toBe(0);
    const before = read(dir, 'actions/MH-001.yaml');
    const refused = await step(['close', 'MH-001', '--on', '2026-04-20', '--by', 'grace-okafor']);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/MH-001 was not closed: this check fails/);
    expect(refused.err).toContain('  - placeholder-text: baseline still holds the template\'s placeholder');
    expect(read(dir, 'actions/MH-001.yaml')).toBe(before);

    writeFileSync(join(dir, 'actions/MH-001.yaml'), before.replace(TEMPLATE_BASELINE, '7 of 18 mobility files had no current assessment.'));
    const closed = await step(['close', 'MH-001', '--on', '2026-04-20', '--by', 'grace-okafor']);
    expect(closed.err).toBe('');
    expect(closed.code).toBe(0);
  });
});
