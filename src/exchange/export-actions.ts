// Each judged action as `cqc export` hands it to the writers. RAG and readiness are `cqc status`'s
// own (the same rows), and risk areas the effective ones, so a spreadsheet never tells a meeting
// something the tool itself would not.
import type { Judgement } from '../engine/judge.js';
import { effectiveRiskAreas } from '../engine/risk.js';
import { withheld } from '../engine/withhold.js';
import type { Action } from '../model.js';
import { targetsOf } from '../rules/measurements.js';
import { statusRows } from '../status/rows.js';
import type { ActionExportInput, ExportTarget } from './columns.js';

/**
 * The actions judged in this run, by id; with `location`, only that location's (as `cqc status
 * --location` lists them). Anything that looks like personal data is withheld, as in every output.
 */
export function exportActions(outcome: Judgement, location?: string): ActionExportInput[] {
  const { ctx } = outcome;
  const status = new Map(statusRows(outcome).map((r) => [r.id, r] as const));
  const inputs = ctx.actions
    .filter(({ action }) => status.has(action.id) && (location === undefined || action.location === location))
    .sort((a, b) => a.action.id.localeCompare(b.action.id) || a.file.path.localeCompare(b.file.path))
    .map(({ action }) => {
      const row = status.get(action.id)!;
      return exportInput(action, effectiveRiskAreas(action, ctx.framework, ctx.policy), row.rag, row.ready);
    });
  return withheld(ctx, inputs);
}

function exportInput(a: Action, riskAreas: string[], rag: string, ready: boolean): ActionExportInput {
  const criteria = a.closure_criteria;
  const fields: Partial<ActionExportInput> = {
    location: a.location,
    source: a.source,
    source_ref: a.source_ref,
    theme: a.theme,
    quality_statements: a.quality_statements,
    regulations: a.regulations,
    required_evidence: criteria?.required_evidence,
    reviewer: criteria?.reviewer,
    approver: criteria?.approver,
    decided_by: a.closure?.decided_by,
    decided_on: a.closure?.decided_on,
    review_due: a.post_closure?.review_due,
  };
  const present = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
  return {
    id: a.id,
    title: a.title,
    raised: a.raised,
    risk_areas: riskAreas,
    owner: a.owner,
    status: a.status,
    rag,
    targets: targetsOf(a).map(({ id, target }): ExportTarget => ({
      id, measure: target.measure, unit: target.unit, goal: target.goal, direction: target.direction,
      ...(target.due !== undefined ? { due: target.due } : {}),
    })),
    ready,
    ...present,
  };
}
