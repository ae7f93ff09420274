// `cqc audit --personal-data`: scan every version of every record since the trail began. Exit 1 when
// personal data reached the history (SPEC), 0 when none did.
import { personalDataHistory } from '../engine/personal-data-history.js';
import { withheld } from '../engine/withhold.js';
import type { Io } from '../io.js';
import { useColor } from '../report/check/outputs.js';
import { personalDataJson, personalDataText, personalDataView } from '../report/personal-data-audit.js';

export interface PersonalDataAuditOptions {
  dir?: string;
  format: 'human' | 'json';
}

export async function personalDataAuditCommand(opts: PersonalDataAuditOptions, io: Io): Promise<number> {
  const history = await personalDataHistory(io.cwd, opts.dir);
  const json = opts.format === 'json';
  // A file name may itself hold an identifier: the view goes through the same net as every output.
  const view = withheld(history, personalDataView(history), { nullNumbers: json });
  io.stdout(json ? personalDataJson(view) : personalDataText(view, useColor({ isTTY: io.stdoutIsTTY }, io.env)));
  return view.findings.length > 0 ? 1 : 0;
}
