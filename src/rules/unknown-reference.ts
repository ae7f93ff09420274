// A decision attributed to someone who is not in the register cannot be checked by anyone.
import { resolveStatement } from '../framework/index.js';
import { guessStatement } from '../framework/search.js';
import { closest } from '../suggest.js';
import type { Finding } from '../model.js';
import type { DataPath, SourceFile } from '../repo/source.js';
import type { Rule, RuleContext, RuleMeta } from '../engine/types.js';
import { findingAt } from './finding.js';
import { listedLocationOf } from './id-filename.js';
import { didYouMean, shown } from './reference-words.js';

const META: RuleMeta = {
  id: 'unknown-reference',
  severity: 'error',
  stage: 'structure',
  description: 'A person, role, action, evidence id, location or quality statement that does not exist.',
};

export const unknownReference: Rule = {
  meta: META,
  check(ctx) {
    const out: Finding[] = [];
    // A record that breaks its schema is left out of the other rules, but it exists: a reference to
    // its id is not "to something that does not exist" (its schema findings say what to fix).
    const actionIds = new Set([...ctx.actions.map((a) => a.action.id), ...idsRead(ctx, 'action')]);
    const evidenceFileIds = idsRead(ctx, 'evidence');
    for (const { file, action: a } of ctx.actions) {
      const ref = refChecker(ctx, file, a.id, out);
      ref.person(['owner'], a.owner, 'owner');
      if (a.location !== undefined && ctx.locations && !ctx.locations.has(a.location)) {
        const guess = didYouMean(ctx, closest(a.location, ctx.locations));
        out.push(findingAt(META, file, ['location'], `Location ${shown(ctx, a.location)} is not listed in cqc.yaml.${guess} Use one of: ${[...ctx.locations].join(', ')}, or add it to "locations" in cqc.yaml.`, a.id));
      }
      a.quality_statements?.forEach((qs, i) => {
        if (!resolveStatement(ctx.framework, qs)) {
          const guess = didYouMean(ctx, guessStatement(ctx.framework, qs));
          out.push(findingAt(META, file, ['quality_statements', i], `${shown(ctx, qs, 'The quality statement on this line')} is not a quality statement of the ${ctx.framework.name} framework.${guess} Statement ids are the key question, a dot and the statement's title in lower case with hyphens, e.g. safe.involving-people-to-manage-risks; docs/reference.md lists them all.`, a.id));
        }
      });
      ref.role(['closure_criteria', 'reviewer'], a.closure_criteria?.reviewer, 'reviewer');
      ref.role(['closure_criteria', 'approver'], a.closure_criteria?.approver, 'approver');
      // Step roles describe who does the work (a line manager, a key worker); people.yaml lists those
      // who take governance steps, so a step role need not be held by anyone in it.
      ref.person(['closure', 'recommended_by'], a.closure?.recommended_by, 'recommender');
      ref.person(['closure', 'decided_by'], a.closure?.decided_by, 'decider');
      a.closure?.evidence_reviewed?.forEach((eid, i) => {
        const items = ctx.evidenceById.get(eid);
        if (!items?.length && evidenceFileIds.has(eid)) return;
        if (!items?.length) {
          const guess = didYouMean(ctx, closest(eid, ctx.evidenceFor(a.id).map((e) => e.evidence.id)));
          out.push(findingAt(META, file, ['closure', 'evidence_reviewed', i], `Evidence ${shown(ctx, eid)} is listed as reviewed but no evidence file has that id.${guess} Correct the id or add ${ctx.layout.evidenceFolder(a.id, a.location) ?? 'the evidence folder'}/<id>.yaml.`, a.id));
        } else if (!items.some((e) => e.evidence.action === a.id)) {
          out.push(findingAt(META, file, ['closure', 'evidence_reviewed', i], `Evidence ${eid} belongs to ${items[0]!.evidence.action}, not ${a.id}. Only this action's own evidence can support its closure.`, a.id));
        }
      });
      a.post_closure?.reviews?.forEach((r, i) => {
        ref.person(['post_closure', 'reviews', i, 'by'], r.by, 'reviewer');
        r.evidence?.forEach((eid, j) => {
          if (ctx.evidenceById.get(eid)?.some((e) => e.evidence.action === a.id) || (!ctx.evidenceById.has(eid) && evidenceFileIds.has(eid))) return;
          out.push(findingAt(META, file, ['post_closure', 'reviews', i, 'evidence', j], `The review on ${r.on} cites evidence ${eid}, but ${a.id} has no evidence item with that id. Correct the id, or record the evidence with "cqc evidence add ${a.id}".`, a.id));
        });
      });
      a.reopened?.forEach((r, i) => ref.person(['reopened', i, 'by'], r.by, 'person who reopened it'));
      a.waivers?.forEach((w, i) => ref.person(['waivers', i, 'approved_by'], w.approved_by, 'waiver approver'));
    }
    // A person's locations limit where their roles count: a location cqc.yaml does not list would
    // silently leave them with no role anywhere.
    const people = (ctx.peopleFile?.data as { people?: { locations?: unknown }[] } | undefined)?.people;
    if (ctx.peopleFile && ctx.locations && Array.isArray(people)) {
      people.forEach((p, i) => {
        if (!Array.isArray(p?.locations)) return;
        p.locations.forEach((loc, j) => {
          if (typeof loc === 'string' && !ctx.locations!.has(loc)) {
            out.push(findingAt(META, ctx.peopleFile!, ['people', i, 'locations', j], `Location "${loc}" is not listed in cqc.yaml, so this person's roles count nowhere there. Use one of: ${[...ctx.locations!].join(', ')}, or add it to "locations" in cqc.yaml.`));
          }
        });
      });
    }
    for (const { file, evidence: e } of ctx.evidence) {
      // Filed under another location than its action's (a --location run does not read that action):
      // id-filename says where it belongs; the action does exist.
      const elsewhere = !actionIds.has(e.action) && (listedLocationOf(ctx, e.action) ?? ctx.layout.locationOf(file.path)) !== ctx.layout.locationOf(file.path);
      if (!actionIds.has(e.action) && !elsewhere) {
        const guess = didYouMean(ctx, closest(e.action, actionIds));
        out.push(findingAt(META, file, ['action'], `This evidence is for action ${shown(ctx, e.action)}, but there is no actions file with that id.${guess} Correct "action" or add the action.`, e.action));
      }
      refChecker(ctx, file, e.action, out).person(['recorded_by'], e.recorded_by, 'recorder');
    }
    return out;
  },
};

/** The ids held by every action (or evidence) file read, whether or not it passed its schema. */
function idsRead(ctx: RuleContext, kind: 'action' | 'evidence'): Set<string> {
  const ids = new Set<string>();
  for (const { file, kind: k } of ctx.files) {
    const id = k === kind && file.data && typeof file.data === 'object' ? (file.data as Record<string, unknown>).id : undefined;
    if (typeof id === 'string') ids.add(id);
  }
  return ids;
}

function refChecker(ctx: RuleContext, file: SourceFile, actionId: string, out: Finding[]) {
  return {
    person(path: DataPath, id: string | undefined, what: string): void {
      if (id === undefined || ctx.people.has(id)) return;
      const guess = didYouMean(ctx, closest(id, ctx.people.keys()));
      out.push(findingAt(META, file, path, `The ${what} ${shown(ctx, id)} is not in people.yaml.${guess} Use a person id from people.yaml, or add them there with their role and git email.`, actionId));
    },
    role(path: DataPath, role: string | undefined, what: string): void {
      if (role === undefined || ctx.roles.has(role)) return;
      const guess = didYouMean(ctx, closest(role, ctx.roles));
      out.push(findingAt(META, file, path, `The ${what} ${shown(ctx, role)} is not held by anyone in people.yaml, so nobody could act in it.${guess} Use a role someone holds (${[...ctx.roles].sort().join(', ') || 'none listed yet'}), or give the role to someone in people.yaml.`, actionId));
    },
  };
}
