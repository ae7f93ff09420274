// Worker thread: judge a share of the records so parsing and validation use every core.
import { parentPort } from 'node:worker_threads';
import type { SchemaName } from '../schema/validator.js';
import { judgeText } from './judge.js';

export interface WorkItem { path: string; kind: SchemaName; text: string }

parentPort?.on('message', (items: WorkItem[]) => {
  parentPort!.postMessage(items.map((i) => judgeText(i.path, i.kind, i.text)));
});
