// Issue 11: criteria agreed at the start stay agreed. Handing the action on, lowering the approving
// role, relinking it away from a high-risk area, or loosening any measure or minimum after work
// started is a weakening only a senior non-owner may make; and a role held at one location counts
// only there. Real git histories, judged by the built CLI.
import { afterAll, describe, expect, it } from 'vitest';
import { cleanupRepos } from '../git/helpers.js';
import { ACTION, actionYaml, closedStory, dan, grace, peopleYaml, priya, story, type Story } from '../audit/fixture.js';
import type { Action } from '../../src/model.js';
import { check, gate, rulesOf } from './gate-fixture.js';

afterAll(cleanupRepos);

const TWO_HOMES = 'provider: Example Care Ltd\nlocations:\n  - { id: rose-house, name: Rose House }\n  - { id: maple-lodge, name: Maple Lodge }\n';

/** MH-001 raised and started by its owner, Dan, as `shape` has it. */
function started(shape: (a: Action) => void = () => {}): Story {
  const s = story(undefined, { config: TWO_HOMES });
  s.commit(dan, '2026-09-01', { [ACTION]: actionYaml('open', shape) }, 'Raise MH-001');
  s.commit(dan, '2026-09-03', { [ACTION]: actionYaml('in_progress', shape) }, 'work started');
  return s;
}

const messages = (s: Story) => gate(check(s.dir).report).filter((f) => f.rule === 'criteria-weakened').map((f) => f.message);

describe('criteria-weakened v2', () => {
  it('catches the owner handing the action to someone else, and a non-senior lowering the approving role', () => {
    const s = started();
    s.commit(dan, '2026-09-10', { [ACTION]: actionYaml('in_progress', (a) => { a.owner = 'priya-patel'; }) }, 'Priya takes it');
    s.commit(dan, '2026-09-11', { [ACTION]: actionYaml('in_progress', (a) => { a.owner = 'priya-patel'; a.closure_criteria!.approver = 'registered-manager'; }) }, 'manager can sign off');
    expect(messages(s)).toEqual([
      expect.stringMatching(/^After work on MH-001 started, the owner changed from dan-jones to priya-patel in commit [0-9a-f]{7} \(2026-09-10, by dan-jones\): by dan-jones, who owns the action\./),
      // By then the owner on record was Priya: Dan is judged as a non-senior, at the action's location.
      expect.stringMatching(/the approver role changed from nominated-individual to registered-manager in commit [0-9a-f]{7} \(2026-09-11, by dan-jones\): by dan-jones, who holds no senior role at rose-house/),
    ]);
  });

  it('catches the owner relinking the action away from the quality statement that made it high-risk', () => {
    const s = started((a) => { a.risk_areas = []; });
    s.commit(dan, '2026-09-10', { [ACTION]: actionYaml('in_progress', (a) => { a.risk_areas = []; a.quality_statements = ['caring.kindness-compassion-and-dignity']; }) }, 'better fit');
    const found = gate(check(s.dir).report);
    expect(rulesOf(found)).toEqual(['criteria-weakened']);
    expect(found[0]!.message).toMatch(/the high-risk area safety \(from quality statement safe\.involving-people-to-manage-risks\) was lost/);
  });

  it('catches a non-senior loosening the measure, unit, direction, review period, minimums, spc_from and location', () => {
    const s = started((a) => { a.closure_criteria!.min_categories = 3; a.target!.spc_from = '2026-09-01'; });
    s.commit(priya, '2026-09-10', { [ACTION]: actionYaml('in_progress', (a) => {
      Object.assign(a.target!, { measure: 'Files with any assessment', unit: 'count', direction: 'at_most', spc_from: '2026-10-01' });
      a.closure_criteria!.review_period = 'P2W';
      a.location = 'maple-lodge';
    }) }, 'simplify');
    const [message] = messages(s);
    for (const part of ['the location changed from rose-house to maple-lodge', 'the target direction changed from at_least to at_most', 'the measure changed',
      'the unit changed from percent to count', 'SPC is now judged from 2026-10-01 instead of 2026-09-01',
      // min_categories removed: the policy's 2 applies, lower than the 3 agreed.
      'the evidence categories needed were reduced from 3 to 2', 'the review period was shortened from P5W to P2W', 'by priya-patel, who holds no senior role at rose-house']) {
      expect(message).toContain(part);
    }
  });

  it('matches targets by id in a targets: list, and catches one removed', () => {
    const two = (a: Action) => {
      delete a.target;
      a.targets = [
        { id: 'screening', measure: 'People screened on admission', unit: 'percent', goal: 95, direction: 'at_least', due: '2026-11-30' },
        { id: 'weight-loss', measure: 'Unplanned weight loss over 5%', unit: 'count', goal: 0, direction: 'at_most' },
      ];
    };
    const s = started(two);
    // Reordered (no weakening), then the harder target dropped and the other's goal lowered.
    s.commit(dan, '2026-09-10', { [ACTION]: actionYaml('in_progress', (a) => { two(a); a.targets!.reverse(); }) }, 'reorder');
    expect(messages(s)).toEqual([]);
    s.commit(dan, '2026-09-11', { [ACTION]: actionYaml('in_progress', (a) => { two(a); a.targets = [{ ...a.targets![0]!, goal: 90 }]; }) }, 'focus');
    expect(messages(s)).toEqual([expect.stringMatching(/After work on MH-001 started, target weight-loss was removed; the goal of target screening was lowered from 95 to 90 in commit/)]);
  });
});

describe('location-scoped roles in the closure rules', () => {
  it('does not count a nominated individual whose roles are limited to another home', () => {
    const people = peopleYaml((p) => { p[2]!.locations = ['maple-lodge']; });
    const s = closedStory(undefined, { config: TWO_HOMES, people });
    const found = gate(check(s.dir).report);
    expect(rulesOf(found)).toEqual(['approver-role', 'senior-review']);
    expect(found.find((f) => f.rule === 'approver-role')!.message).toMatch(/decided by Grace Okafor \(grace-okafor\), who holds nominated-individual only at maple-lodge, and MH-001 is at rose-house/);
    expect(found.find((f) => f.rule === 'senior-review')!.message).toMatch(/who holds none of the senior roles \(nominated-individual or provider-quality-lead\) at rose-house \(their roles count only at maple-lodge\)/);
  });

  it('counts only group-wide roles for an action with no location', () => {
    const people = peopleYaml((p) => { p[2]!.locations = ['rose-house']; });
    const s = closedStory(undefined, { config: TWO_HOMES, people });
    s.commit(grace, '2026-10-22', { [ACTION]: actionYaml('closed', (a) => { delete a.location; }) }, 'MH-001 is group-wide');
    const found = gate(check(s.dir).report).filter((f) => f.rule !== 'criteria-weakened');
    expect(rulesOf(found)).toEqual(['approver-role', 'senior-review']);
    expect(found.find((f) => f.rule === 'approver-role')!.message).toMatch(/MH-001 has no location, so only group-wide roles count/);
  });
});
