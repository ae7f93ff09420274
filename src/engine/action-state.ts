// Each action's entry in the JSON output: where it stands, how risky it is (its effective risk
// areas) and each target as of --as-of.
import type { ActionReadiness, TargetState } from '../model.js';
import { meetsGoal, seriesOf, spcOf, targetsOf } from '../rules/measurements.js';
import { effectiveRiskAreas } from './risk.js';
import type { ScopedFile } from './scope.js';
import type { ActionRecord, RuleContext } from './types.js';

export function actionState(file: ScopedFile & { id: string }, record: ActionRecord | undefined, ctx: RuleContext, ready: boolean): ActionReadiness {
  // A record that fails its schema still says what it can: its fields are read only where well formed.
  const data = (record?.action ?? file.file.data ?? {}) as Record<string, unknown>;
  const strings = (k: string) => (Array.isArray(data[k]) ? (data[k] as unknown[]).filter((x): x is string => typeof x === 'string') : undefined);
  const linked = {
    risk_areas: strings('risk_areas'), quality_statements: strings('quality_statements'), regulations: strings('regulations'),
    ...(typeof data.source === 'string' ? { source: data.source } : {}),
  };
  const risk_areas = effectiveRiskAreas(linked as Parameters<typeof effectiveRiskAreas>[0], ctx.framework, ctx.policy);
  return {
    id: file.id,
    status: file.status ?? 'unknown',
    ready,
    high_risk: risk_areas.some((a) => ctx.policy.high_risk_areas.includes(a)),
    risk_areas,
    targets: record ? targetStates(record, ctx) : [],
  };
}

/**
 * Each target as of --as-of: its latest point (the worst of the latest measured date, after the
 * validity and min_sample rules), whether that meets the goal, and SPC (null below spc_min_points).
 */
function targetStates(record: ActionRecord, ctx: RuleContext): TargetState[] {
  const action = record.action;
  return targetsOf(action).map((t) => {
    const latest = seriesOf(ctx, action, t, ctx.asOf).at(-1);
    const spc = spcOf(ctx, action, t, ctx.asOf);
    return { id: t.id, latest: latest?.value ?? null, met: latest ? meetsGoal(latest.value, t.target) : null, variation: spc.variation, assurance: spc.assurance };
  });
}
