import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanupRepos, git } from '../git/helpers.js';
import { lineOf } from '../helpers/repo.js';
import { ACTION, actionYaml, closedStory, dan, E, evidenceYaml, gitFindings, grace, priya, recommendedStory, rulesOf } from './fixture.js';

afterAll(cleanupRepos);

describe('evidence-altered', () => {
  it('fires when evidence behind the closure is edited after the decision', async () => {
    const s = closedStory();
    s.commit(priya, '2026-10-25', { [E.e2]: evidenceYaml('MH-001-E02', 'observation', '2026-09-24', (e) => { e.summary = 'All transfers safe'; }) }, 'tidy wording');
    const findings = await gitFindings(s.dir);
    expect(rulesOf(findings)).toEqual(['evidence-altered']);
    expect(findings[0]).toMatchObject({ file: E.e2, action: 'MH-001', line: 1 });
    expect(findings[0]!.message).toMatch(/Evidence MH-001-E02, dated on or before the closure decision of MH-001 on 2026-10-20, was changed in commit [0-9a-f]{7} \(2026-10-25, by priya-patel\), after the decision/);
  });

  it('fires on the action file when evidence behind the closure is deleted', async () => {
    const s = closedStory();
    s.commit(dan, '2026-10-25', { [E.e2]: null }, 'remove the awkward observation');
    const findings = await gitFindings(s.dir);
    expect(rulesOf(findings)).toEqual(['evidence-altered']);
    const altered = findings[0]!;
    expect(altered).toMatchObject({ file: ACTION, line: lineOf(readFileSync(join(s.dir, ACTION), 'utf8'), 'closure:') });
    expect(altered.message).toMatch(/MH-001-E02 \(evidence\/MH-001\/MH-001-E02\.yaml\).*was deleted in commit/);
  });

  it('fires when an attachment the evidence rests on is replaced after the decision', async () => {
    const s = recommendedStory();
    const pdf = 'evidence/MH-001/files/audit.pdf';
    s.commit(priya, '2026-10-15', { [pdf]: '%PDF-1.4 original\n', [E.e3]: evidenceYaml('MH-001-E03', 'audit', '2026-10-08', (e) => { e.attachments = [pdf]; }) }, 'attach the audit');
    s.commit(grace, '2026-10-20', { [ACTION]: actionYaml('closed') }, 'close');
    expect(await gitFindings(s.dir)).toEqual([]);
    s.commit(priya, '2026-10-25', { [pdf]: '%PDF-1.4 a better-looking audit\n' }, 'replace scan');
    const findings = await gitFindings(s.dir);
    expect(rulesOf(findings)).toEqual(['evidence-altered']);
    expect(findings[0]).toMatchObject({ file: E.e3, line: lineOf(readFileSync(join(s.dir, E.e3), 'utf8'), 'audit.pdf') });
    expect(findings[0]!.message).toMatch(/The attachment evidence\/MH-001\/files\/audit\.pdf of evidence MH-001-E03.*was replaced in commit/);
  });

  it('accepts new evidence dated after the decision, and a pure move that keeps the content', async () => {
    const s = closedStory();
    s.commit(priya, '2026-11-01', { [E.e4]: evidenceYaml('MH-001-E04', 'audit', '2026-10-30') }, 'post-closure audit');
    expect(await gitFindings(s.dir, '2026-11-02')).toEqual([]);
    git(s.dir, ['mv', E.e2, 'evidence/MH-001/MH-001-E02.yml']);
    s.commit(priya, '2026-11-02', {}, 'use .yml', { allowEmpty: true });
    expect(await gitFindings(s.dir, '2026-11-02')).toEqual([]);
    // The same move with an edit is an alteration.
    git(s.dir, ['mv', 'evidence/MH-001/MH-001-E02.yml', E.e2]);
    s.commit(priya, '2026-11-03', { [E.e2]: evidenceYaml('MH-001-E02', 'observation', '2026-09-24', (e) => { e.summary = 'observation on 2026-09-24, all safe'; }) }, 'move back and reword');
    expect(rulesOf(await gitFindings(s.dir, '2026-11-03'))).toEqual(['evidence-altered']);
  });

  it('accepts an item deleted after the decision and added back with identical content, but not added back changed', async () => {
    const s = closedStory();
    s.commit(dan, '2026-10-25', { [E.e2]: null }, 'remove the observation');
    s.commit(priya, '2026-10-26', { [E.e2]: `# restored from the shared drive\n${evidenceYaml('MH-001-E02', 'observation', '2026-09-24')}` }, 'put it back');
    expect(await gitFindings(s.dir, '2026-10-27')).toEqual([]);
    s.commit(dan, '2026-10-27', { [E.e2]: null }, 'remove it again');
    s.commit(dan, '2026-10-28', { [E.e2]: evidenceYaml('MH-001-E02', 'observation', '2026-09-24', (e) => { e.summary = 'All transfers safe'; }) }, 'put it back reworded');
    const findings = await gitFindings(s.dir, '2026-10-29');
    expect(rulesOf(findings)).toEqual(['evidence-altered']);
    expect(findings[0]!.message).toMatch(/Evidence MH-001-E02, dated on or before the closure decision of MH-001 on 2026-10-20, was changed in commit [0-9a-f]{7} \(2026-10-27, by dan-jones\)/);
  });
});

describe('evidence-altered, restored as it was', () => {
  // The finding asks for the item to be restored as it was: doing so clears it. A comment changes
  // nothing the closure rests on.
  it('accepts an edit undone by restoring the item, and a comment added, but reports an edit that stands', async () => {
    const s = closedStory();
    const decided = evidenceYaml('MH-001-E02', 'observation', '2026-09-24');
    const reworded = evidenceYaml('MH-001-E02', 'observation', '2026-09-24', (e) => { e.summary = 'All transfers safe'; });
    s.commit(dan, '2026-10-25', { [E.e2]: reworded }, 'tidy wording');
    s.commit(priya, '2026-10-26', { [E.e2]: decided }, 'restore it as it was');
    s.commit(priya, '2026-10-27', { [E.e2]: `# Seen again at the November visit.\n${decided}` }, 'note');
    expect(await gitFindings(s.dir, '2026-10-28')).toEqual([]);
    s.commit(dan, '2026-10-28', { [E.e2]: reworded }, 'tidy wording again');
    const findings = await gitFindings(s.dir, '2026-10-29');
    expect(rulesOf(findings)).toEqual(['evidence-altered']);
    expect(findings[0]!.message).toMatch(/was changed in commit [0-9a-f]{7} \(2026-10-28, by dan-jones\)/);
  });
});

describe('evidence-backdated', () => {
  it('fires when evidence dated before the decision is first committed after it', async () => {
    const s = closedStory();
    s.commit(priya, '2026-10-27', { [E.e4]: evidenceYaml('MH-001-E04', 'observation', '2026-10-18') }, 'found the observation notes');
    const findings = await gitFindings(s.dir);
    expect(rulesOf(findings)).toEqual(['evidence-backdated']);
    expect(findings[0]).toMatchObject({ file: E.e4, action: 'MH-001', line: lineOf(readFileSync(join(s.dir, E.e4), 'utf8'), 'date:') });
    expect(findings[0]!.message).toMatch(/dated 2026-10-18.*first committed in commit [0-9a-f]{7} \(2026-10-27, by priya-patel\), after the decision/);
  });

  it('accepts evidence committed in the decision commit itself', async () => {
    const s = closedStory();
    expect(await gitFindings(s.dir)).toEqual([]);
  });
});
