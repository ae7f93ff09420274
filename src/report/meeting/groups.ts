// `cqc report --by`: the actions grouped as a provider group reads them (by home, by quality
// statement, by breached regulation, by theme), each group with its counts by status and RAG and the
// CQC evidence categories behind it. An action in two groups (two statements) counts in both.
import { resolveStatement } from '../../framework/index.js';
import { REGULATIONS, regulationLabel } from '../../framework/regulations.js';
import type { Action } from '../../model.js';
import type { RuleContext } from '../../engine/types.js';
import type { Rag } from '../../status/rows.js';
import { categoriesOf } from './evidence.js';
import { locationName } from './themes.js';
import type { CategoryCount, PackAction } from './types.js';

export const GROUP_BY = ['location', 'statement', 'regulation', 'theme'] as const;
export type GroupBy = (typeof GROUP_BY)[number];

export const STATUSES = ['open', 'in_progress', 'monitoring', 'closed'] as const;

export interface ActionGroup {
  /** Location id, statement id, regulation number or theme slug; empty for "none". */
  key: string;
  label: string;
  /** More about the group: a location's CQC id and region, a statement's id. */
  detail?: string;
  /** For statements: the key question they belong to. */
  within?: string;
  /** Action ids, in id order. */
  actions: string[];
  byStatus: Record<string, number>;
  byRag: Record<Rag, number>;
  categories: CategoryCount[];
}

export interface GroupedView { by: GroupBy; heading: string; groups: ActionGroup[] }

const HEADING: Record<GroupBy, string> = {
  location: 'Actions by location',
  statement: 'Actions by quality statement',
  regulation: 'Actions by regulation',
  theme: 'Actions by theme',
};

interface Slot { key: string; label: string; detail?: string; within?: string }

function group(ctx: RuleContext, slot: Slot, members: readonly PackAction[]): ActionGroup {
  const byStatus: Record<string, number> = Object.fromEntries(STATUSES.map((s) => [s, 0]));
  const byRag: Record<Rag, number> = { red: 0, amber: 0, green: 0 };
  for (const m of members) {
    byStatus[m.row.status] = (byStatus[m.row.status] ?? 0) + 1;
    byRag[m.row.rag] += 1;
  }
  const actions = members.map((m) => m.row.id).sort();
  return { ...slot, actions, byStatus, byRag, categories: categoriesOf(ctx, ...actions) };
}

/** The slots a view always shows (every location, every statement), and each action's keys. */
function slotsFor(ctx: RuleContext, by: GroupBy): { fixed: Slot[]; keysOf: (a: Action) => string[]; extra: (key: string) => Slot } {
  switch (by) {
    case 'location':
      return {
        fixed: (ctx.config.locations ?? []).map((l) => ({
          key: l.id, label: locationName(ctx, l.id),
          ...(l.cqc_id || l.region ? { detail: [l.cqc_id ? `CQC location ID ${l.cqc_id}` : '', l.region ?? ''].filter(Boolean).join(', ') } : {}),
        })),
        keysOf: (a) => (a.location ? [a.location] : []),
        extra: (key) => ({ key, label: key, detail: 'not a location in cqc.yaml' }),
      };
    case 'statement': {
      const questions = new Map((ctx.framework.keyQuestions ?? []).map((q) => [q.id, q.title] as const));
      return {
        fixed: [...ctx.framework.statements.values()].map((s) => ({ key: s.id, label: s.title, detail: s.id, within: questions.get(s.keyQuestion) ?? s.keyQuestion })),
        keysOf: (a) => (a.quality_statements ?? []).map((id) => resolveStatement(ctx.framework, id)?.id ?? id),
        extra: (key) => ({ key, label: key, detail: `not a statement of ${ctx.framework.name}`, within: 'Not in the framework' }),
      };
    }
    case 'regulation':
      return { fixed: [], keysOf: (a) => a.regulations ?? [], extra: (key) => ({ key, label: regulationLabel(key) ?? `Regulation ${key}` }) };
    case 'theme':
      return { fixed: [], keysOf: (a) => (a.theme ? [a.theme] : []), extra: (key) => ({ key, label: key }) };
  }
}

const NONE: Record<GroupBy, string> = { location: 'No location', statement: 'No quality statement', regulation: 'No regulation', theme: 'No theme' };

/** Regulations in the order of the Regulations; anything else in text order after them. */
function extraOrder(by: GroupBy): (a: string, b: string) => number {
  const order = [...REGULATIONS.keys()];
  const rank = (k: string) => (by === 'regulation' && order.includes(k) ? order.indexOf(k) : order.length);
  return (a, b) => rank(a) - rank(b) || a.localeCompare(b);
}

export function groupView(ctx: RuleContext, by: GroupBy, packActions: readonly PackAction[], actions: ReadonlyMap<string, Action>): GroupedView {
  const { fixed, keysOf, extra } = slotsFor(ctx, by);
  const members = new Map<string, PackAction[]>();
  const none: PackAction[] = [];
  for (const p of packActions) {
    const keys = [...new Set(keysOf(actions.get(p.row.id)!))];
    if (keys.length === 0) none.push(p);
    for (const key of keys) members.set(key, [...(members.get(key) ?? []), p]);
  }
  const known = new Set(fixed.map((s) => s.key));
  const slots = [...fixed, ...[...members.keys()].filter((k) => !known.has(k)).sort(extraOrder(by)).map(extra)];
  const groups = slots.map((s) => group(ctx, s, members.get(s.key) ?? []));
  if (none.length) groups.push(group(ctx, { key: '', label: NONE[by] }, none));
  return { by, heading: HEADING[by], groups };
}
