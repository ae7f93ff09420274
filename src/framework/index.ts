// The quality-statement vocabulary actions refer to: the built-in CQC framework, or a
// provider's own file, looked up by id with variant ids (aliases) mapped to the canonical one.
import { CQC_SAF_2023 } from './cqc-saf-2023.js';
import type { FrameworkData } from './data.js';
import { frameworkFromData, type Framework, type QualityStatement } from './read-framework.js';

export type { FrameworkData, KeyQuestionData, StatementData } from './data.js';
export { FrameworkError, frameworkFromData } from './read-framework.js';
export type { Framework, KeyQuestion, QualityStatement } from './read-framework.js';
export { slugOfTitle, statementIdFor } from './slug.js';

const BUILTIN: ReadonlyMap<string, FrameworkData> = new Map([[CQC_SAF_2023.id, CQC_SAF_2023]]);

/** Framework ids shipped with the tool, for cqc.yaml `framework:` and for messages. */
export const BUILTIN_FRAMEWORK_IDS: readonly string[] = [...BUILTIN.keys()];

/** The id cqc uses when cqc.yaml names no framework. */
export const DEFAULT_FRAMEWORK_ID = CQC_SAF_2023.id;

/** A framework shipped with the tool, or undefined if `id` is not one (it may be a file path). */
export function builtinFramework(id: string): Framework | undefined {
  const data = BUILTIN.get(id);
  // Built fresh each time: the maps are cheap and callers may not share mutable state.
  return data === undefined ? undefined : frameworkFromData(data);
}

/** The statement an id names, following aliases; undefined if the framework has no such id. */
export function resolveStatement(fw: Framework, id: string): QualityStatement | undefined {
  return fw.statements.get(id) ?? fw.statements.get(fw.aliases.get(id) ?? '');
}
