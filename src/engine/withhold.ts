// No output may quote a person's identifier. Every command's printed data passes through here with
// the provider's own patterns as well as the built-in kinds (see src/personal-data/withhold.ts).
import { compileProviderPatterns, withholdInData, type DataOptions } from '../personal-data/index.js';
import type { RuleContext } from './types.js';

/** A copy of `data` with every identifier withheld; `nullNumbers` for JSON output. */
export function withheld<T>(ctx: Pick<RuleContext, 'policy'>, data: T, options: DataOptions = {}): T {
  return withholdInData(data, compileProviderPatterns(ctx.policy.personal_data.patterns).patterns, options);
}
