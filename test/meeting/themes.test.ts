// Group-wide themes: actions not yet closed on one theme or quality statement at
// policy.theme_threshold or more locations open the pack. Exactly at the threshold counts; one
// below does not; a closed action and an action with no location never count towards it.
import { describe, expect, it } from 'vitest';
import { judge } from '../../src/engine/judge.js';
import { meetingHtml } from '../../src/report/meeting/html.js';
import { meetingMarkdown } from '../../src/report/meeting/markdown.js';
import { buildMeetingPack } from '../../src/report/meeting/pack.js';
import { groupFiles, GROUP_AS_OF, writeGroup } from './group-fixture.js';

async function packOf(extra: Record<string, string | null> = {}) {
  return buildMeetingPack(await judge({ cwd: writeGroup(extra), git: false, asOf: GROUP_AS_OF }));
}

const withPolicy = (policy: string) => ({ 'cqc.yaml': `${groupFiles()['cqc.yaml']}policy:\n${policy}\n` });

describe('group-wide themes', () => {
  it('names a theme and a quality statement open at exactly the default threshold of 3 locations, with the locations and actions', async () => {
    const pack = await packOf();
    expect(pack.themeThreshold).toBe(3);
    expect(pack.themes.map((t) => [t.kind, t.key, t.locations.map((l) => l.name)])).toEqual([
      ['theme', 'moving-and-handling', ['Maple Lodge', 'Oak View', 'Rose House']],
      ['statement', 'safe.involving-people-to-manage-risks', ['Maple Lodge', 'Oak View', 'Rose House']],
    ]);
    expect(pack.themes[1]!.label).toBe('Involving people to manage risks');
    expect(pack.themes[0]!.actions.map((a) => [a.id, a.locationName, a.status])).toEqual([
      ['MH-002', 'Maple Lodge', 'open'], ['MH-003', 'Oak View', 'monitoring'], ['MH-001', 'Rose House', 'in_progress'],
    ]);
  });

  it('does not name supervision: open at 2 locations (its third action is closed), one below the threshold', async () => {
    const pack = await packOf();
    expect(pack.themes.some((t) => t.key === 'supervision')).toBe(false);
    // GOV-001 shares the governance statement but has no location, so the statement stands at 2.
    expect(pack.themes.some((t) => t.key === 'well-led.governance-management-and-sustainability')).toBe(false);
  });

  it('follows policy.theme_threshold: at 2, supervision and the governance statement are group-wide too', async () => {
    const pack = await packOf(withPolicy('  theme_threshold: 2'));
    expect(pack.themeThreshold).toBe(2);
    expect(pack.themes.map((t) => t.key)).toEqual(['moving-and-handling', 'supervision', 'safe.involving-people-to-manage-risks', 'well-led.governance-management-and-sustainability']);
    expect(pack.themes.find((t) => t.key === 'supervision')!.actions.map((a) => a.id)).toEqual(['SUP-002', 'SUP-001']);
  });

  it('drops a theme once an action on it closes and it stands below the threshold', async () => {
    const closed = groupFiles()['actions/MH-002.yaml']!.replace('status: open', 'status: closed');
    const pack = await packOf({ 'actions/MH-002.yaml': closed });
    expect(pack.themes).toEqual([]);
  });

  it('opens both renderings with the themes, and says there are none only when a theme is possible', async () => {
    const pack = await packOf();
    const md = meetingMarkdown(pack);
    expect(md.indexOf('## Group-wide themes')).toBeLessThan(md.indexOf('## Summary'));
    expect(md).toContain('### Theme moving-and-handling: not yet closed at 3 locations');
    expect(md).toContain('- MH-003 (Oak View, monitoring): Transfer plans out of date');
    const html = meetingHtml(pack);
    expect(html.indexOf('id="themes"')).toBeLessThan(html.indexOf('id="summary"'));
    expect(html).toContain('data-kind="theme" data-key="moving-and-handling" data-locations="3"');

    const none = await packOf(withPolicy('  theme_threshold: 4'));
    expect(meetingMarkdown(none)).toContain('## Group-wide themes\n\nNo theme or quality statement has actions not yet closed at 4 or more locations.');
    const tooFew = await packOf(withPolicy('  theme_threshold: 5'));
    expect(meetingMarkdown(tooFew)).not.toContain('Group-wide themes');
    expect(meetingHtml(tooFew)).not.toContain('id="themes"');
  });
});
