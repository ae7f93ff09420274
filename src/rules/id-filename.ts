// The file name is how people find a record; a mismatch hides it from everyone who looks by id.
import { basename, extname } from 'node:path/posix';
import type { Finding } from '../model.js';
import { meta } from './meta.js';
import { findingAt, type Rule } from './types.js';

const META = meta('id-filename');

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
      if (kind === 'evidence' && action) {
        const folder = /^evidence\/([^/]+)\/[^/]+$/.exec(file.path)?.[1];
        if (folder !== undefined && folder !== action) {
          out.push(findingAt(META, file, ['action'], `This evidence is for ${action} but sits in the folder evidence/${folder}/. Move it to evidence/${action}/ or correct "action".`, action));
        }
      }
    }
    return out;
  },
};
