// Where records live, answered in one place from cqc.yaml: the flat layout (actions/, evidence/),
// the group layout (locations/<LOCATION>/actions/, …/evidence/) or the provider's own globs
// (`paths:`). Loading, writing, git history and the rules all ask this module; none of them
// knows a folder name of its own.
import type { Config } from '../model.js';
import { globToRegExp } from './glob.js';

export const CONFIG_FILE = 'cqc.yaml';
export const PEOPLE_FILE = 'people.yaml';

export type FileKind = 'action' | 'evidence' | 'people' | 'config' | 'other';
export type LayoutName = 'flat' | 'by-location' | 'paths';

export interface Layout {
  name: LayoutName;
  /** Globs from the repo root for action and evidence files. */
  actionGlob: string;
  evidenceGlob: string;
  kindOf(path: string): FileKind;
  /** Where a new action file goes; undefined when the layout needs a location and none is given. */
  actionPath(id: string, location: string | undefined): string | undefined;
  /** The folder of an action's evidence (attachments go in its files/ subfolder). */
  evidenceFolder(actionId: string, location: string | undefined): string | undefined;
  /** The action id an evidence file's folder names, when the layout has one folder per action. */
  folderActionOf(evidencePath: string): string | undefined;
  /** The location a record's path puts it at (by-location only). */
  locationOf(path: string): string | undefined;
  /** A folder records live in or under: the actions and evidence folders, location folders, an action's evidence folder. */
  isRecordFolder(path: string): boolean;
  /** Folders to create for a new repo (each gets a .gitkeep). */
  startFolders: string[];
  /**
   * The paths whose history a run at one location needs (the group layout only; undefined means
   * the whole history): that location's folder, the shared files, and the flat layout's folders,
   * so a record moved by cqc migrate keeps its past. (A record moved in from another location's
   * folder is followed there too: see movedFromFolders in engine/history.ts.)
   */
  historyOf(location: string): HistoryPath[] | undefined;
}

/** A path from the repo root, taken literally. */
export type HistoryPath = string;

const YAML = '{yaml,yml}';

/** The layout cqc.yaml asks for; a malformed setting falls back to flat (the schema rule reports it). */
export function layoutOf(config: Partial<Config>): Layout {
  const paths = config.paths && typeof config.paths === 'object' ? config.paths : undefined;
  if (typeof paths?.actions === 'string' || typeof paths?.evidence === 'string') {
    return globLayout(typeof paths.actions === 'string' ? paths.actions : `actions/*.${YAML}`,
      typeof paths.evidence === 'string' ? paths.evidence : `evidence/*/*.${YAML}`);
  }
  return (config as { layout?: unknown }).layout === 'by-location' ? byLocation() : flat();
}

function base(actionGlob: string, evidenceGlob: string): Pick<Layout, 'actionGlob' | 'evidenceGlob' | 'kindOf' | 'isRecordFolder'> {
  const action = globToRegExp(actionGlob);
  const evidence = globToRegExp(evidenceGlob);
  const folders = [folderMatcher(actionGlob), folderMatcher(evidenceGlob)];
  return {
    actionGlob,
    evidenceGlob,
    isRecordFolder: (path) => folders.some((matches) => matches(path)),
    kindOf(path) {
      if (path === PEOPLE_FILE) return 'people';
      if (path === CONFIG_FILE) return 'config';
      if (action.test(path)) return 'action';
      if (evidence.test(path)) return 'evidence';
      return 'other';
    },
  };
}

function flat(): Layout {
  return {
    name: 'flat',
    ...base(`actions/*.${YAML}`, `evidence/*/*.${YAML}`),
    actionPath: (id) => `actions/${id}.yaml`,
    evidenceFolder: (actionId) => `evidence/${actionId}`,
    folderActionOf: (path) => /^evidence\/([^/]+)\/[^/]+$/.exec(path)?.[1],
    locationOf: () => undefined,
    startFolders: ['actions', 'evidence'],
    historyOf: () => undefined,
  };
}

function byLocation(): Layout {
  return {
    name: 'by-location',
    ...base(`locations/*/actions/*.${YAML}`, `locations/*/evidence/*/*.${YAML}`),
    actionPath: (id, location) => (location === undefined ? undefined : `locations/${location}/actions/${id}.yaml`),
    evidenceFolder: (actionId, location) => (location === undefined ? undefined : `locations/${location}/evidence/${actionId}`),
    folderActionOf: (path) => /^locations\/[^/]+\/evidence\/([^/]+)\/[^/]+$/.exec(path)?.[1],
    locationOf: (path) => /^locations\/([^/]+)\//.exec(path)?.[1],
    startFolders: ['locations'],
    // Folders, not a path per action: git tests each changed path against every pathspec, and a
    // few hundred of them made a one-location pass slower than the whole history. The flat folders
    // (empty history in a repo that never used them) let a record moved by cqc migrate keep its past.
    historyOf: (location) => [`locations/${location}`, CONFIG_FILE, PEOPLE_FILE, 'actions', 'evidence'],
  };
}

/** The provider's own globs: new files go under the literal folder each glob starts with. */
function globLayout(actionGlob: string, evidenceGlob: string): Layout {
  const actionsDir = literalFolder(actionGlob) || 'actions';
  const evidenceDir = literalFolder(evidenceGlob) || 'evidence';
  // "<folder>/*/<file pattern>": one folder per action, as in the flat layout.
  const perAction = new RegExp(`^${escape(evidenceDir)}/([^/]+)/[^/]+$`);
  const folderPerAction = evidenceGlob.startsWith(`${evidenceDir}/*/`) && !evidenceGlob.slice(evidenceDir.length + 3).includes('/');
  return {
    name: 'paths',
    ...base(actionGlob, evidenceGlob),
    actionPath: (id) => `${actionsDir}/${id}.yaml`,
    evidenceFolder: (actionId) => `${evidenceDir}/${actionId}`,
    folderActionOf: (path) => (folderPerAction ? perAction.exec(path)?.[1] : undefined),
    locationOf: () => undefined,
    startFolders: [actionsDir, evidenceDir],
    historyOf: () => undefined,
  };
}

/** Whether a folder path is one the glob's files sit in or under ("**" matches any folders below). */
function folderMatcher(glob: string): (path: string) => boolean {
  const parts = glob.split('/').slice(0, -1).map((part) => (part === '**' ? null : globToRegExp(part)));
  return (path) => {
    const segments = path.split('/');
    for (const [i, segment] of segments.entries()) {
      const part = parts[i];
      if (part === null) return true;
      if (part === undefined || !part.test(segment)) return false;
    }
    return true;
  };
}

/** The folders of a glob before its first wildcard: "records/actions/*.yaml" → "records/actions". */
function literalFolder(glob: string): string {
  const parts = glob.split('/');
  const wild = parts.findIndex((p) => /[*?{[]/.test(p));
  return parts.slice(0, wild < 0 ? parts.length - 1 : wild).join('/');
}

/** The file name without folder or extension: the id a record file should hold. */
export function fileId(path: string): string {
  return path.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
