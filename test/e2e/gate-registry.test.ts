// Issue 11, who may change the rules: people.yaml and cqc.yaml (any change, a move included), the
// start of the audit trail, roles limited to locations, and in signed mode the keys and waivers.
// Real git histories (real SSH keys for signing), judged by the built CLI.
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanupRepos, commitAs, git, makeSshKey } from '../git/helpers.js';
import { lineOf } from '../helpers/repo.js';
import { ACTION, actionYaml, closedStory, configYaml, dan, E, evidenceYaml, grace, nadia, PEOPLE, peopleYaml, priya, recommendedStory, story, tom } from '../audit/fixture.js';
import { check, gate, rulesOf } from './gate-fixture.js';

afterAll(cleanupRepos);

describe('registry-change v2: any change to people.yaml or cqc.yaml needs a group-wide senior', () => {
  it('catches a manager adding a colleague to people.yaml', () => {
    const s = story();
    s.commit(priya, '2026-09-05', { 'people.yaml': peopleYaml((p) => { p.push({ id: 'sam-smith', name: 'Sam Smith', roles: ['senior-carer'], emails: ['sam.smith@example.org'] }); }) }, 'new starter');
    const { code, report } = check(s.dir);
    expect(code).toBe(1);
    const found = gate(report);
    expect(rulesOf(found)).toEqual(['registry-change']);
    expect(found[0]).toMatchObject({ file: 'people.yaml', line: lineOf(readFileSync(join(s.dir, 'people.yaml'), 'utf8'), 'id: sam-smith') });
    expect(found[0]!.message).toMatch(/^people\.yaml was changed by priya-patel, who held no senior role group-wide \(nominated-individual, provider-quality-lead\), in commit [0-9a-f]{7} \(2026-09-05\): added sam-smith with the role senior-carer\./);
  });

  it('catches a manager pointing cqc.yaml\'s paths (or framework, locations) elsewhere', () => {
    const s = story();
    const moved = configYaml().replace('provider:', 'paths: { actions: "drafts/*.yaml" }\nprovider:');
    s.commit(dan, '2026-09-05', { 'cqc.yaml': moved }, 'tidy');
    s.commit(nadia, '2026-09-06', { 'cqc.yaml': `${moved}framework: my-framework.yaml\n`, 'my-framework.yaml': 'x: 1\n' }, 'own framework');
    const found = gate(check(s.dir).report).filter((f) => f.rule === 'registry-change');
    expect(found.map((f) => f.message)).toEqual(expect.arrayContaining([
      expect.stringMatching(/by dan-jones, .*\(2026-09-05\): paths set\./),
      expect.stringMatching(/by nadia-hussain, .*\(2026-09-06\): framework set to my-framework\.yaml\./),
    ]));
  });

  it('keeps judging a forged decision when a non-senior moves the trail start past it', () => {
    const s = recommendedStory();
    s.commit(dan, '2026-10-20', { [ACTION]: actionYaml('closed') }, 'MH-001: closure for Grace');
    s.commit(dan, '2026-10-25', { 'cqc.yaml': configYaml({ audit_trail_from: '2026-10-24' }) }, 'start the trail');
    const found = gate(check(s.dir).report);
    expect(rulesOf(found)).toEqual(['closure-attribution', 'registry-change']);
    expect(found.find((f) => f.rule === 'registry-change')!.message).toMatch(/policy\.audit_trail_from set to 2026-10-24/);
  });

  it('catches a trail start set after the commit that sets it, even by a senior, and ignores it (dates in UTC)', () => {
    const late = recommendedStory();
    late.commit(dan, '2026-10-20', { [ACTION]: actionYaml('closed') }, 'MH-001: closure for Grace');
    // 21:30 at UTC-2 is 23:30 UTC on 25 October: a start on the 26th is after it.
    late.commit(tom, '2026-10-25T21:30:00-02:00', { 'cqc.yaml': configYaml({ audit_trail_from: '2026-10-26' }) }, 'start the trail');
    const found = gate(check(late.dir).report);
    expect(rulesOf(found)).toEqual(['closure-attribution', 'registry-change']);
    expect(found.find((f) => f.rule === 'registry-change')!.message).toMatch(/sets policy\.audit_trail_from to 2026-10-26, after the date of that commit \(2026-10-25, UTC\)/);
    // 23:30 at UTC-2 is already the 26th in UTC: the start stands, and what came before it is not judged.
    const onTime = recommendedStory();
    onTime.commit(dan, '2026-10-20', { [ACTION]: actionYaml('closed') }, 'MH-001: closure for Grace');
    onTime.commit(tom, '2026-10-25T23:30:00-02:00', { 'cqc.yaml': configYaml({ audit_trail_from: '2026-10-26' }) }, 'start the trail');
    expect(gate(check(onTime.dir).report)).toEqual([]);
  });

  it('counts only group-wide roles: a senior role held at one location does not cover people.yaml', () => {
    const config = `provider: Example Care Ltd\nlocations:\n  - { id: rose-house, name: Rose House }\n  - { id: maple-lodge, name: Maple Lodge }\n`;
    const scoped = peopleYaml((p) => { p[1]!.roles = ['registered-manager', 'nominated-individual']; p[1]!.locations = ['rose-house']; });
    const s = story(undefined, { config, people: scoped });
    s.commit(priya, '2026-09-05', { 'people.yaml': peopleYaml((p) => { p[1]!.roles = ['registered-manager', 'nominated-individual']; p[1]!.locations = ['rose-house']; p[0]!.roles = ['deputy-manager', 'line-manager']; }) }, 'Dan manages lines');
    const found = gate(check(s.dir).report);
    expect(rulesOf(found)).toEqual(['registry-change']);
    expect(found[0]!.message).toMatch(/priya-patel, who held no senior role group-wide .*; roles held only at some locations do not count for the register or the policy, in commit/);
  });
});

describe('registry-change: moving the assurance root is judged against the register at the old path', () => {
  it('catches a non-senior moving the folder and promoting himself in the same commit', () => {
    const s = closedStory(undefined, { prefix: 'cqc' });
    git(s.repo.dir, ['mv', 'cqc', 'governance']);
    commitAs(s.repo, dan, '2026-10-25T09:00:00Z', { 'governance/people.yaml': peopleYaml((p) => { p[0]!.roles = ['deputy-manager', 'nominated-individual']; }) }, 'Move the records to governance/');
    const found = gate(check(join(s.repo.dir, 'governance')).report);
    expect(rulesOf(found)).toEqual(['registry-change', 'registry-change']);
    expect(found.map((f) => f.message).join('\n')).toMatch(/people\.yaml was changed by dan-jones, who held no senior role group-wide .*: the register moved from \.\.\/cqc\/people\.yaml to people\.yaml; roles of dan-jones: added nominated-individual\./);
    expect(found.map((f) => f.message).join('\n')).toMatch(/cqc\.yaml was changed by dan-jones, .*: the settings moved from \.\.\/cqc\/cqc\.yaml to cqc\.yaml\./);
  });

  it('follows each record through a move of the root from the top of the repository into a folder', () => {
    const s = closedStory();
    s.commit(dan, '2026-10-21', { [E.e2]: evidenceYaml('MH-001-E02', 'observation', '2026-09-24', (e) => { e.summary = 'reworded'; }) }, 'reword after the decision');
    const files = git(s.repo.dir, ['ls-files']).trim().split('\n');
    for (const f of files) {
      mkdirSync(join(s.repo.dir, 'governance', dirname(f)), { recursive: true });
      git(s.repo.dir, ['mv', f, `governance/${f}`]);
    }
    commitAs(s.repo, tom, '2026-10-25T09:00:00Z', {}, 'Move the records to governance/');
    // The decision and recommendation keep their own commits (not the move's), and what happened
    // before the move is still judged.
    const found = gate(check(join(s.repo.dir, 'governance')).report);
    expect(rulesOf(found)).toEqual(['evidence-altered']);
    expect(found[0]!.message).toMatch(/was changed in commit [0-9a-f]{7} \(2026-10-21, by dan-jones\)/);
  });

  it('follows each record through a move of the root that also rewrites cqc.yaml (and people.yaml), so git pairs neither', () => {
    const settings = `${configYaml({ min_evidence_sources: 2, sustained_for: 2, evidence_max_age: 'P90D' }).replace('Example Care Ltd', 'Example Care Group plc')}framework: cqc-saf-2023\n`;
    // The same people written as JSON, newest first: nothing git would pair with the old file.
    for (const people of [undefined, JSON.stringify({ people: [...PEOPLE].reverse() })]) {
      const s = closedStory(undefined, { prefix: 'cqc' });
      git(s.repo.dir, ['mv', 'cqc', 'governance']);
      commitAs(s.repo, tom, '2026-10-25T09:00:00Z', { 'governance/cqc.yaml': settings, ...(people ? { 'governance/people.yaml': people } : {}) }, 'Move the records to governance/, with the group settings');
      // Tom may move and change the register; the recommendation and decision stay Priya's and Grace's.
      expect(gate(check(join(s.repo.dir, 'governance')).report)).toEqual([]);
    }
  });

  it('catches a fresh folder with a register of its own: only a commit whose parent has no cqc.yaml anywhere starts one', () => {
    const s = closedStory(undefined, { prefix: 'cqc' });
    commitAs(s.repo, dan, '2026-10-25T09:00:00Z', {
      'mine/cqc.yaml': configYaml(),
      'mine/people.yaml': peopleYaml((p) => { p[0]!.roles = ['nominated-individual']; }),
      'mine/actions/MH-001.yaml': readFileSync(join(s.dir, ACTION), 'utf8'),
    }, 'A clean start');
    const found = gate(check(join(s.repo.dir, 'mine')).report).filter((f) => f.rule === 'registry-change');
    expect(found).toHaveLength(2);
    expect(found.map((f) => f.message).join('\n')).toMatch(/people\.yaml was changed by dan-jones, who held no senior role group-wide .*: the register moved from \.\.\/cqc\/people\.yaml to people\.yaml; roles of dan-jones: added nominated-individual; removed deputy-manager/);
  });
});

describe('closure-unsigned and waiver-invalid in signed mode: keys and waivers change only under a signature that counts', () => {
  const graceKey = makeSshKey('grace');
  const tomKey = makeSshKey('tom');
  const danKey = makeSshKey('dan');
  const signed = {
    config: configYaml({ require_signed_closures: true }),
    people: peopleYaml((p) => { p[2]!.signing_keys = [graceKey.publicKey]; p[3]!.signing_keys = [tomKey.publicKey]; }),
  };

  it('catches an unsigned commit under a senior\'s name that lists a new key for her, and every signature made with it', () => {
    const s = recommendedStory(undefined, signed);
    // Dan borrows Grace's email, adds his own key to her entry, then signs "her" decision with it.
    s.commit({ name: 'Grace Okafor', email: grace.email }, '2026-10-19', { 'people.yaml': peopleYaml((p) => { p[2]!.signing_keys = [graceKey.publicKey, danKey.publicKey]; p[3]!.signing_keys = [tomKey.publicKey]; }) }, 'key update');
    s.commit({ name: 'Grace Okafor', email: grace.email }, '2026-10-20', { [ACTION]: actionYaml('closed') }, 'MH-001: closed', { signingKey: danKey.privateKey });
    const found = gate(check(s.dir).report);
    expect(rulesOf(found)).toEqual(['closure-unsigned', 'closure-unsigned']);
    const [decision, people] = [found.find((f) => f.file === ACTION)!, found.find((f) => f.file === 'people.yaml')!];
    expect(people.message).toMatch(/^people\.yaml was changed in commit [0-9a-f]{7} \(2026-10-19, by grace-okafor\), but it is not signed\./);
    expect(decision.message).toMatch(/it is signed with a key not listed for grace-okafor/);
  });

  it('catches an unsigned waiver, which then waives nothing', () => {
    const s = recommendedStory(undefined, signed);
    const waived = actionYaml('recommended', (a) => { a.waivers = [{ rule: 'evidence-sources', reason: 'Single-person service', approved_by: 'grace-okafor', expires: '2027-03-31' }]; });
    s.commit(grace, '2026-10-18', { [ACTION]: waived }, 'MH-001: waiver');
    const found = gate(check(s.dir).report);
    expect(rulesOf(found)).toEqual(['closure-unsigned', 'waiver-invalid']);
    expect(found.find((f) => f.rule === 'waiver-invalid')!.message).toMatch(/was added in commit [0-9a-f]{7} \(2026-10-18, by grace-okafor\), which policy\.require_signed_closures needs signed by a senior person's own listed key, and it is not signed/);
    expect(found.every((f) => f.line === lineOf(readFileSync(join(s.dir, ACTION), 'utf8'), '- rule: evidence-sources'))).toBe(true);
  });

  it('catches turning signed mode off without a signature', () => {
    const s = closedStory(undefined, signed, { signingKey: graceKey.privateKey });
    s.commit(tom, '2026-10-25', { 'cqc.yaml': configYaml({ require_signed_closures: false }) }, 'signatures are a hassle');
    const found = gate(check(s.dir).report);
    expect(rulesOf(found)).toEqual(['closure-unsigned']);
    expect(found[0]).toMatchObject({ file: 'cqc.yaml', line: lineOf(readFileSync(join(s.dir, 'cqc.yaml'), 'utf8'), 'require_signed_closures') });
    expect(found[0]!.message).toMatch(/^cqc\.yaml was changed in commit [0-9a-f]{7} \(2026-10-25, by tom-reed\), but it is not signed\./);
  });
});
