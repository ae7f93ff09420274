// The git side of waiver-invalid: a waiver typed in by someone else is not the approver's decision.
import { trailOf } from '../audit/index.js';
import { unapprovedWaivers } from '../audit/waivers.js';
import { commitWords } from '../audit/words.js';
import type { Finding } from '../model.js';
import { meta } from './meta.js';
import { findingAt, type Rule } from './types.js';

const META = meta('waiver-invalid');

export const waiverCommit: Rule = {
  meta: META,
  check(ctx) {
    const trail = trailOf(ctx);
    if (!trail) return [];
    const files = new Map(ctx.actions.map((a) => [a.action.id, a] as const));
    const out: Finding[] = [];
    for (const w of unapprovedWaivers(trail, ctx)) {
      const record = files.get(w.action);
      const waiver = record?.action.waivers?.[w.index];
      if (!record || !waiver) continue;
      out.push(findingAt(META, record.file, ['waivers', w.index],
        `The waiver of ${waiver.rule} on ${w.action} names ${w.approver} as approver, but was committed in ${commitWords(w.commit)}. A waiver counts only when its approver commits it. Ask ${w.approver} to review it and commit it themselves. Until then ${waiver.rule} applies in full.`,
        w.action));
    }
    return out;
  },
};
