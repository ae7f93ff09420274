import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanupRepos, commitAs, makeRepo } from '../git/helpers.js';
import { lineOf } from '../helpers/repo.js';
import { ACTION, actionYaml, configYaml, dan, E, evidenceYaml, gitFindings, grace, peopleYaml, priya, recommendedStory, rulesOf, story, tom } from './fixture.js';

afterAll(cleanupRepos);

describe('registry-change', () => {
  it('exempts the first commit of the trail, which sets everyone up', async () => {
    const s = story();
    expect(await gitFindings(s.dir)).toEqual([]);
  });

  it('fires when someone without a senior role changes a person\'s roles, at that person\'s entry', async () => {
    const s = story();
    s.commit(priya, '2026-09-05', { 'people.yaml': peopleYaml((p) => { p[0]!.roles = ['deputy-manager', 'nominated-individual']; }) }, 'promote Dan');
    const findings = await gitFindings(s.dir);
    expect(rulesOf(findings)).toEqual(['registry-change']);
    expect(findings[0]).toMatchObject({ file: 'people.yaml', line: lineOf(readFileSync(join(s.dir, 'people.yaml'), 'utf8'), 'id: dan-jones') });
    expect(findings[0]!.message).toMatch(/^people\.yaml was changed by priya-patel, who held no senior role group-wide \(nominated-individual, provider-quality-lead\), in commit [0-9a-f]{7} \(2026-09-05\): roles of dan-jones: added nominated-individual\./);
  });

  it('accepts the same change by a senior person', async () => {
    const s = story();
    s.commit(grace, '2026-09-05', { 'people.yaml': peopleYaml((p) => { p[0]!.roles = ['deputy-manager', 'nominated-individual']; }) }, 'promote Dan');
    expect(await gitFindings(s.dir)).toEqual([]);
  });

  it('fires on any new person added by someone without a senior role (v2), naming their roles and a borrowed email', async () => {
    const s = story();
    const starter = { id: 'sam-smith', name: 'Sam Smith', roles: ['senior-carer'], emails: ['sam.smith@example.org'] };
    s.commit(grace, '2026-09-05', { 'people.yaml': peopleYaml((p) => { p.push(starter); }) }, 'new starter');
    expect(await gitFindings(s.dir)).toEqual([]);
    s.commit(priya, '2026-09-06', { 'people.yaml': peopleYaml((p) => { p.push(starter, { id: 'ann-lee', roles: ['provider-quality-lead'], emails: ['ann@example.org'] }); }) }, 'new lead');
    s.commit(dan, '2026-09-07', { 'people.yaml': peopleYaml((p) => { p.push(starter, { id: 'ann-lee', roles: ['provider-quality-lead'], emails: ['ann@example.org'] }, { id: 'g2', roles: [], emails: [grace.email.toUpperCase()] }); }) }, 'alias');
    const messages = (await gitFindings(s.dir)).map((f) => f.message);
    expect(messages).toEqual([
      expect.stringMatching(/by priya-patel, .*: added ann-lee with the role provider-quality-lead\./),
      expect.stringMatching(/by dan-jones, .*: added g2 with no role; added g2 with the email grace\.okafor@example\.org, which belongs to grace-okafor\./),
    ]);
  });

  it('fires on emails, signing keys and removals too, and on an author nobody lists', async () => {
    const s = story();
    s.commit({ name: 'IT', email: 'it@example.org' }, '2026-09-05', { 'people.yaml': peopleYaml((p) => {
      p[1]!.emails = ['priya@elsewhere.example'];
      p[2]!.signing_keys = ['ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIEXAMPLEKEYEXAMPLEKEYEXAMPLEKEYEXAMPLEKEYz it'];
      p.splice(4, 1);
    }) }, 'housekeeping');
    const findings = await gitFindings(s.dir);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toMatch(/emails of priya-patel: added priya@elsewhere\.example; removed priya\.patel@example\.org; signing keys of grace-okafor changed; removed nadia-hussain\./);
    expect(findings[0]!.message).toMatch(/by an author whose email is not in people\.yaml/);
  });

  it('fires when someone without a senior role changes the policy in cqc.yaml, at the policy key', async () => {
    const s = story();
    s.commit(dan, '2026-09-05', { 'cqc.yaml': configYaml({ min_evidence_sources: 1 }) }, 'simplify');
    s.commit(tom, '2026-09-06', { 'cqc.yaml': configYaml({ min_evidence_sources: 3 }) }, 'stricter');
    s.commit(dan, '2026-09-07', { 'cqc.yaml': configYaml({ min_evidence_sources: 3 }).replace('Example Care Ltd', 'Example Care Limited') }, 'rename provider');
    const findings = await gitFindings(s.dir);
    expect(rulesOf(findings)).toEqual(['registry-change', 'registry-change']);
    const text = readFileSync(join(s.dir, 'cqc.yaml'), 'utf8');
    expect(findings.map((f) => f.line)).toEqual([lineOf(text, 'provider:'), lineOf(text, 'min_evidence_sources:')].sort((a, b) => a - b));
    expect(findings.map((f) => f.message)).toEqual(expect.arrayContaining([
      expect.stringMatching(/cqc\.yaml was changed by dan-jones, who held no senior role .* in commit [0-9a-f]{7} \(2026-09-05\): policy\.min_evidence_sources set to 1\./),
      // v2: any change to cqc.yaml is governed, not only its policy.
      expect.stringMatching(/\(2026-09-07\): provider changed from Example Care Ltd to Example Care Limited\./),
    ]));
  });

  it('judges against the registry of the parent: promoting yourself then acting is caught at the promotion', async () => {
    const s = story();
    s.commit(dan, '2026-09-05', { 'people.yaml': peopleYaml((p) => { p[0]!.roles = ['nominated-individual']; }) }, 'promote myself');
    s.commit(dan, '2026-09-06', { 'people.yaml': peopleYaml((p) => { p[0]!.roles = ['nominated-individual']; p[1]!.roles = ['nominated-individual']; }) }, 'and Priya');
    const findings = await gitFindings(s.dir);
    // The second change is by someone who, by then, held a senior role on record; the first is the one to undo.
    expect(findings.map((f) => f.message)).toEqual([expect.stringMatching(/2026-09-05\): roles of dan-jones: added nominated-individual; removed deputy-manager/)]);
  });
});

describe('the first register', () => {
  it('judges the commit that creates people.yaml against the register it sets up', async () => {
    // One senior person sets everything up in a single commit, recommending and deciding an
    // action she does not own: her decision is hers, although no register stood before it.
    const repo = makeRepo();
    const closed = actionYaml('closed', (a) => { a.closure!.recommended_by = 'grace-okafor'; a.risk_areas = []; });
    commitAs(repo, grace, '2026-10-20T09:00:00Z', {
      'cqc.yaml': configYaml(), 'people.yaml': peopleYaml(), [ACTION]: closed,
      [E.e1]: evidenceYaml('MH-001-E01', 'audit', '2026-09-10'),
      [E.e2]: evidenceYaml('MH-001-E02', 'observation', '2026-09-24'),
      [E.e3]: evidenceYaml('MH-001-E03', 'audit', '2026-10-08'),
    }, 'Import the assurance records');
    expect(rulesOf(await gitFindings(repo.dir)).filter((r) => r === 'closure-attribution')).toEqual([]);
  });

  it('still judges a later commit against its parent, so adding your own email does not attribute you', async () => {
    const s = recommendedStory();
    const people = peopleYaml((list) => { list.find((p) => p.id === 'grace-okafor')!.emails!.push('dan.jones@example.org'); });
    s.commit(dan, '2026-10-20', { [ACTION]: actionYaml('closed'), 'people.yaml': people }, 'MH-001: closure approved');
    expect(rulesOf(await gitFindings(s.dir))).toContain('closure-attribution');
  });
});
