// The on-disk shape of a framework file (schemas/framework.schema.json). The built-in CQC
// framework is written in the same shape, so a provider's own file is a drop-in replacement.

export interface StatementData {
  id: string;
  title: string;
  description?: string;
  /** Other ids that mean this statement, e.g. made from variant titles seen in the wild. */
  aliases?: readonly string[];
  /** Risk areas an action linked to this statement touches, e.g. safety. */
  risk_areas?: readonly string[];
}

export interface KeyQuestionData {
  id: string;
  title: string;
  description?: string;
  statements: readonly StatementData[];
}

export interface FrameworkData {
  id: string;
  name: string;
  version: string;
  description?: string;
  key_questions: readonly KeyQuestionData[];
}
