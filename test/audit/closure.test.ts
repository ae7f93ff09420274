import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanupRepos, git, writeFiles } from '../git/helpers.js';
import { lineOf } from '../helpers/repo.js';
import { ACTION, actionYaml, closedStory, dan, gitFindings, grace, peopleYaml, priya, recommendedStory, rulesOf } from './fixture.js';

afterAll(cleanupRepos);

describe('closure-attribution', () => {
  it('passes a decision and recommendation each committed by the person named', async () => {
    const s = closedStory();
    expect(await gitFindings(s.dir)).toEqual([]);
  });

  it('fires when the decision was committed by someone else (the owner typing in the decider)', async () => {
    const s = recommendedStory();
    s.commit(dan, '2026-10-20', { [ACTION]: actionYaml('closed') }, 'MH-001: record closure for Grace');
    const findings = await gitFindings(s.dir);
    expect(rulesOf(findings)).toEqual(['closure-attribution']);
    const text = readFileSync(join(s.dir, ACTION), 'utf8');
    expect(findings[0]).toMatchObject({ file: ACTION, action: 'MH-001', line: lineOf(text, 'decided_by:'), severity: 'error' });
    expect(findings[0]!.message).toMatch(/names Grace Okafor \(grace-okafor\), but it was recorded by commit [0-9a-f]{7} \(2026-10-20, by dan-jones\), not by grace-okafor/);
  });

  it('fires when the decision came from an email nobody lists, even under the right name', async () => {
    const s = recommendedStory();
    s.commit({ name: 'Grace Okafor', email: 'grace.home@gmail.example' }, '2026-10-20', { [ACTION]: actionYaml('closed') }, 'close from home');
    const findings = await gitFindings(s.dir);
    expect(rulesOf(findings)).toEqual(['closure-attribution']);
    expect(findings[0]!.message).toMatch(/Grace Okafor <grace\.home@gmail\.example>, an email not listed in people\.yaml/);
  });

  it('matches the author email without regard to case', async () => {
    const s = recommendedStory();
    s.commit({ name: 'G', email: 'Grace.Okafor@Example.ORG' }, '2026-10-20', { [ACTION]: actionYaml('closed') }, 'close');
    expect(await gitFindings(s.dir)).toEqual([]);
  });

  it('judges the recommendation too, and the latest commit that changed the decision', async () => {
    const s = recommendedStory();
    s.commit(grace, '2026-10-20', { [ACTION]: actionYaml('closed') }, 'close');
    // Dan "corrects" the decision date afterwards: the decision on record is now his entry.
    s.commit(dan, '2026-10-22', { [ACTION]: actionYaml('closed', (a) => { a.closure!.decided_on = '2026-10-21'; a.closure!.recommended_by = 'grace-okafor'; }) }, 'fix dates');
    const findings = await gitFindings(s.dir);
    expect(rulesOf(findings)).toEqual(['closure-attribution', 'closure-attribution']);
    expect(findings.map((f) => f.message).join('\n')).toMatch(/recommendation to close on MH-001 names Grace/);
  });

  it('judges every field of the decision: evidence reviewed, minutes and rationale changed after it by someone else', async () => {
    const s = closedStory();
    s.commit(dan, '2026-10-22', { [ACTION]: actionYaml('closed', (a) => { a.closure!.evidence_reviewed = ['MH-001-E01', 'MH-001-E03']; a.closure!.rationale = 'Sustained at 100%'; }) }, 'tidy the decision');
    const findings = await gitFindings(s.dir);
    expect(rulesOf(findings)).toEqual(['closure-attribution', 'closure-attribution']);
    const text = readFileSync(join(s.dir, ACTION), 'utf8');
    expect(findings.map((f) => f.line)).toEqual([lineOf(text, 'evidence_reviewed:'), lineOf(text, 'rationale:')]);
    expect(findings[0]!.message).toMatch(/The evidence reviewed of the closure decision on MH-001 was last changed in commit [0-9a-f]{7} \(2026-10-22, by dan-jones\), not by grace-okafor, after the decision by Grace Okafor \(grace-okafor\) was recorded/);
  });

  it('accepts decision details written before the decision (with the recommendation), and the decider\'s own later changes', async () => {
    const s = recommendedStory();
    s.commit(priya, '2026-10-15', { [ACTION]: actionYaml('recommended', (a) => { a.closure!.evidence_reviewed = ['MH-001-E01', 'MH-001-E02', 'MH-001-E03']; }) }, 'list the evidence for the meeting');
    s.commit(grace, '2026-10-20', { [ACTION]: actionYaml('closed') }, 'close');
    s.commit(grace, '2026-10-21', { [ACTION]: actionYaml('closed', (a) => { a.closure!.minutes = 'Governance minutes 2026-10-20, item 4'; }) }, 'add the minutes');
    expect(await gitFindings(s.dir)).toEqual([]);
  });

  it('is not fooled by a .mailmap that maps the owner\'s email to the decider', async () => {
    const s = recommendedStory();
    s.commit(dan, '2026-10-19', { '.mailmap': `Grace Okafor <${grace.email}> <${dan.email}>\n` }, 'tidy names');
    s.commit(dan, '2026-10-20', { [ACTION]: actionYaml('closed') }, 'close');
    git(s.dir, ['config', 'log.mailmap', 'true']);
    const findings = await gitFindings(s.dir);
    expect(rulesOf(findings)).toEqual(['closure-attribution']);
    expect(findings[0]!.message).toMatch(/by dan-jones\), not by grace-okafor/);
  });

  it('judges against people.yaml as it stood before the commit: adding your email to the decider in the same commit does not help', async () => {
    const s = recommendedStory();
    s.commit(dan, '2026-10-20', {
      [ACTION]: actionYaml('closed'),
      'people.yaml': peopleYaml((people) => { people[2]!.emails!.push(dan.email); people[0]!.emails = ['dan.j@example.org']; }),
    }, 'close and tidy people');
    const findings = await gitFindings(s.dir);
    expect(rulesOf(findings)).toEqual(['closure-attribution', 'registry-change']);
    expect(findings.find((f) => f.rule === 'registry-change')!.message).toMatch(/emails of grace-okafor: added dan\.jones@example\.org/);
  });

  it('leaves an uncommitted decision to not-committed', async () => {
    const s = recommendedStory();
    writeFiles(s.repo, { [ACTION]: actionYaml('closed') });
    const findings = await gitFindings(s.dir);
    expect(rulesOf(findings)).toEqual(['not-committed']);
    expect(findings[0]).toMatchObject({ file: ACTION, action: 'MH-001', severity: 'warning' });
    expect(findings[0]!.line).toBeUndefined();
  });

  it('keeps each step its own commit through an action deleted and added back as it was', async () => {
    const s = closedStory();
    const text = readFileSync(join(s.dir, ACTION), 'utf8');
    s.commit(dan, '2026-10-22', { [ACTION]: null }, 'remove by mistake');
    s.commit(dan, '2026-10-23', { [ACTION]: text }, 'put it back');
    expect(await gitFindings(s.dir)).toEqual([]);
    // Added back with another decision date, the decision is the restorer's.
    s.commit(dan, '2026-10-24', { [ACTION]: null }, 'remove again');
    s.commit(dan, '2026-10-25', { [ACTION]: actionYaml('closed', (a) => { a.closure!.decided_on = '2026-10-21'; }) }, 'put it back, redated');
    expect(rulesOf(await gitFindings(s.dir))).toEqual(['closure-attribution']);
  });

  it('follows a rename: the decision keeps its commit', async () => {
    const s = recommendedStory();
    s.commit(grace, '2026-10-20', { [ACTION]: actionYaml('closed') }, 'close');
    git(s.dir, ['mv', ACTION, 'actions/MH-002.yaml']);
    s.commit(priya, '2026-10-21', { 'actions/MH-002.yaml': actionYaml('closed', (a) => { a.id = 'MH-002'; }) }, 'renumber');
    writeFiles(s.repo, { [ACTION]: null });
    expect(await gitFindings(s.dir)).toEqual([]);
  });
});
