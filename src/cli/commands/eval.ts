/** `lenetc eval`: placeholder until the runtime lands (being written now). */
import type { Command } from 'commander';
import type { CommandContext } from '../index.js';
import { UserError } from '../../errors.js';

export function registerEval(program: Command, _ctx: CommandContext): void {
  program.command('eval').allowUnknownOption().action(() => { throw new UserError('not built yet'); });
}
