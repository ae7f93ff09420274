// The file name is how people find a record; a mismatch hides it from everyone who looks by id.
import { basename, extname } from 'node:path/posix';
import type { Finding } from '../model.js';
import { fileId } from '../repo/layout.js';
import type { Rule, RuleContext, RuleMeta } from '../engine/types.js';
import type { SourceFile } from '../repo/source.js';
import { findingAt } from './finding.js';

const META: RuleMeta = {
  id: 'id-filename',
  severity: 'error',
  stage: 'structure',
  description: "An id differs from its file name, or evidence sits under another action's folder.",
};

export const idFilename: Rule = {
  meta: META,
  check(ctx) {
    const out: Finding[] = [];
    for (const { file, kind } of ctx.files) {
      if (kind !== 'action' && kind !== 'evidence') continue;
      const d = file.data && typeof file.data === 'object' ? (file.data as Record<string, unknown>) : undefined;
      const id = typeof d?.id === 'string' ? d.id : undefined;
      if (!id) continue;
      const name = basename(file.path, extname(file.path));
      const action = kind === 'action' ? id : typeof d?.action === 'string' ? d.action : undefined;
      if (name !== id) {
        out.push(findingAt(META, file, ['id'], `The id ${id} does not match the file name ${basename(file.path)}. Rename the file to ${id}${extname(file.path)} or correct the id, so the record can be found by its id.`, action));
      }
      if (kind === 'action') out.push(...actionFolder(ctx, file, id, typeof d?.location === 'string' ? d.location : undefined));
      if (kind === 'evidence' && action) out.push(...evidenceFolder(ctx, file, action));
    }
    return out;
  },
};

/** In the group layout an action lives in its own location's folder. */
function actionFolder(ctx: RuleContext, file: SourceFile, id: string, location: string | undefined): Finding[] {
  if (ctx.layout.name !== 'by-location') return [];
  const at = ctx.layout.locationOf(file.path);
  if (location === undefined) {
    return [findingAt(META, file, ['id'], `${id} has no location, but this repo keeps each action in its location's folder (layout: by-location in cqc.yaml). Add "location: ${at ?? '<location id>'}" to it.`, id)];
  }
  if (at === location) return [];
  return [findingAt(META, file, ['location'], `${id} is at location ${location} but its file sits in the folder of ${at ?? 'no location'}. Move it to ${ctx.layout.actionPath(id, location)} or correct "location".`, id)];
}

/** Evidence sits in its own action's folder (and, in the group layout, under that action's location). */
function evidenceFolder(ctx: RuleContext, file: SourceFile, action: string): Finding[] {
  const owner = ctx.actionById(action)?.action;
  // A --location run reads only its own folder: an action filed at another location is known by its file name.
  const ownerLocation = owner !== undefined ? owner.location : listedLocationOf(ctx, action);
  const folder = ctx.layout.folderActionOf(file.path);
  const right = ctx.layout.evidenceFolder(action, ownerLocation);
  const here = file.path.slice(0, file.path.lastIndexOf('/'));
  const wrongAction = folder !== undefined && folder !== action;
  const wrongLocation = ctx.layout.name === 'by-location' && ownerLocation !== undefined && ctx.layout.locationOf(file.path) !== ownerLocation;
  if (!wrongAction && !wrongLocation) return [];
  const move = right !== undefined ? `Move it to ${right}/` : 'Move it to the folder of its action';
  return [findingAt(META, file, ['action'], `This evidence is for ${action} but sits in the folder ${here}/. ${move} or correct "action".`, action)];
}

/** In the group layout, the location folder of the one action file named for `actionId` (read or not). */
export function listedLocationOf(ctx: RuleContext, actionId: string): string | undefined {
  if (ctx.layout.name !== 'by-location') return undefined;
  const paths = ctx.listed.actions.filter((p) => fileId(p) === actionId);
  return paths.length === 1 ? ctx.layout.locationOf(paths[0]!) : undefined;
}
