// evidence-altered (v2): at any time, an item that was ever `finding: concern` may have its finding
// or measurement changed, or be deleted, only by its recorder or someone with a senior role.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Evidence } from '../../src/model.js';
import { cleanupRepos, git } from '../git/helpers.js';
import { lineOf } from '../helpers/repo.js';
import { ACTION, actionYaml, dan, E, evidenceYaml, gitFindings, grace, nadia, priya, recommendedStory, rulesOf, tom, type Story } from './fixture.js';

afterAll(cleanupRepos);

/** Nadia's observation of an unsafe transfer, recorded and committed by her while MH-001 is in monitoring. */
const concern = (change: (e: Evidence) => void = () => {}) => evidenceYaml('MH-001-E04', 'observation', '2026-10-10', (e) => {
  e.recorded_by = 'nadia-hussain';
  e.finding = 'concern';
  e.summary = 'Observed one transfer without the hoist the assessment requires.';
  delete e.measurement;
  change(e);
});

function withConcern(): Story {
  const s = recommendedStory();
  s.commit(nadia, '2026-10-10', { [E.e4]: concern() }, 'MH-001: observation found a concern');
  return s;
}

describe('evidence-altered: a recorded concern softened or removed', () => {
  it('fires when the owner changes a concern to supports, before any decision', async () => {
    const s = withConcern();
    expect(await gitFindings(s.dir)).toEqual([]);
    s.commit(dan, '2026-10-12', { [E.e4]: concern((e) => { e.finding = 'supports'; }) }, 'observation was fine really');
    const findings = await gitFindings(s.dir);
    expect(rulesOf(findings)).toEqual(['evidence-altered']);
    expect(findings[0]).toMatchObject({ file: E.e4, action: 'MH-001', severity: 'error', line: lineOf(readFileSync(join(s.dir, E.e4), 'utf8'), 'finding:') });
    expect(findings[0]!.message).toMatch(/^Evidence MH-001-E04 recorded a concern \(recorded by nadia-hussain\), and commit [0-9a-f]{7} \(2026-10-12, by dan-jones\) changed its finding from concern to supports\. Only the person who recorded a concern, or someone with a senior role \(nominated-individual or provider-quality-lead\), may soften or remove it/);
  });

  it('fires when someone else changes only its measurement', async () => {
    const s = recommendedStory();
    s.commit(nadia, '2026-10-10', { [E.e4]: concern((e) => { e.measurement = { numerator: 9, denominator: 12 }; }) }, 'audit with a concern');
    s.commit(priya, '2026-10-12', { [E.e4]: concern((e) => { e.measurement = { numerator: 11, denominator: 12 }; }) }, 'recount');
    const findings = await gitFindings(s.dir);
    expect(rulesOf(findings)).toEqual(['evidence-altered']);
    expect(findings[0]!.message).toMatch(/by priya-patel\) changed its measurement\./);
  });

  it('fires on the action file when someone else deletes a concern', async () => {
    const s = withConcern();
    s.commit(dan, '2026-10-12', { [E.e4]: null }, 'remove the awkward observation');
    const findings = await gitFindings(s.dir);
    expect(rulesOf(findings)).toEqual(['evidence-altered']);
    expect(findings[0]).toMatchObject({ file: ACTION, action: 'MH-001', line: 1 });
    expect(findings[0]!.message).toMatch(/by dan-jones\) deleted it\./);
  });

  it('fires when a deleted concern comes back saying something else', async () => {
    const s = withConcern();
    s.commit(dan, '2026-10-12', { [E.e4]: null }, 'remove');
    s.commit(dan, '2026-10-13', { [E.e4]: concern((e) => { e.finding = 'neutral'; }) }, 'put it back, toned down');
    expect(rulesOf(await gitFindings(s.dir))).toEqual(['evidence-altered']);
  });

  it('stays clean when a concern is deleted and added again exactly as it was', async () => {
    const s = withConcern();
    s.commit(dan, '2026-10-12', { [E.e4]: null }, 'remove by mistake');
    s.commit(dan, '2026-10-13', { [E.e4]: concern() }, 'restore');
    expect(await gitFindings(s.dir)).toEqual([]);
  });

  it('stays clean when its own recorder corrects a concern', async () => {
    const s = withConcern();
    s.commit(nadia, '2026-10-12', { [E.e4]: concern((e) => { e.finding = 'neutral'; e.summary = 'Hoist was in use; I misread the sling.'; }) }, 'correct my observation');
    expect(await gitFindings(s.dir)).toEqual([]);
  });

  it('stays clean when someone with a senior role changes it, and when others edit only its wording', async () => {
    const s = withConcern();
    s.commit(dan, '2026-10-11', { [E.e4]: concern((e) => { e.summary = 'Observed one transfer without the hoist.'; }) }, 'shorter wording');
    s.commit(tom, '2026-10-12', { [E.e4]: concern((e) => { e.finding = 'neutral'; }) }, 'quality lead: reclassified after review');
    expect(await gitFindings(s.dir)).toEqual([]);
  });

  it('follows the item when it is moved and changed in one step', async () => {
    const s = withConcern();
    git(s.dir, ['mv', E.e4, 'evidence/MH-001/MH-001-E04.yml']);
    s.commit(dan, '2026-10-12', { 'evidence/MH-001/MH-001-E04.yml': concern((e) => { e.finding = 'supports'; }) }, 'rename and soften');
    expect(rulesOf(await gitFindings(s.dir))).toEqual(['evidence-altered']);
  });

  it('reports one finding for a concern that stood before a closure and was softened after it', async () => {
    const s = withConcern();
    s.commit(grace, '2026-10-20', { [ACTION]: actionYaml('closed') }, 'MH-001: closure approved');
    s.commit(dan, '2026-10-25', { [E.e4]: concern((e) => { e.finding = 'supports'; }) }, 'tidy after closure');
    const findings = await gitFindings(s.dir);
    expect(rulesOf(findings)).toEqual(['evidence-altered']);
    expect(findings[0]!.message).toContain('after the decision');
  });
});
