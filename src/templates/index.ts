// Starting points for `cqc new --template <name>`, one per worked example in the provider
// guidance. A template agrees the closure criteria up front, as the guidance asks; the command
// fills in id, dates, owner and location, and sets target.due = raised + targetPeriod.
import type { Action, ClosureCriteria, Target } from '../model.js';
import { MOVING_AND_HANDLING } from './moving-and-handling.js';
import { NUTRITION } from './nutrition.js';
import { SUPERVISION } from './supervision.js';

export { PLACEHOLDER } from './placeholder.js';

export interface ActionTemplate {
  /** What users type after --template, e.g. moving-and-handling. */
  name: string;
  /** One line for listing templates. */
  summary: string;
  title: string;
  source: NonNullable<Action['source']>;
  /** A starting description of the problem; the user replaces it with what they found. */
  baseline: string;
  quality_statements: string[];
  regulations: string[];
  risk_areas: string[];
  /** The measurable improvement, without a due date. */
  target: Omit<Target, 'due'>;
  /** ISO 8601 duration from raised to target.due, e.g. P6W. */
  targetPeriod: string;
  closure_criteria: ClosureCriteria;
  steps: { role: string; does: string; records_in: string }[];
  monitoring: Required<NonNullable<Action['monitoring']>>;
}

export const TEMPLATES: readonly ActionTemplate[] = [MOVING_AND_HANDLING, SUPERVISION, NUTRITION];

export function templateByName(name: string): ActionTemplate | undefined {
  return TEMPLATES.find((template) => template.name === name.trim().toLowerCase());
}
