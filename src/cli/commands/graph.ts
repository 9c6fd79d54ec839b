/** `lenetc graph SPEC`: the architecture as an SVG drawing (d2l.ai figure 7.6.1 style). */
import { Option, type Command } from 'commander';
import type { CommandContext } from '../index.js';
import { EXIT } from '../io.js';
import { writeOutputFile } from '../output.js';
import { checkValidSpec, collect } from '../spec.js';

interface GraphOptions {
  out?: string;
  /** The former spelling of --out, still accepted. */
  output?: string;
  force?: boolean;
  set: string[];
}

/** Adds `graph` to the program. */
export function registerGraph(program: Command, ctx: CommandContext): void {
  program
    .command('graph')
    .description('draw the architecture as SVG: one box per layer with its output shape')
    .argument('<spec>', 'spec file (YAML)')
    .option('-o, --out <file>', 'write the SVG to this file instead of stdout')
    .addOption(new Option('--output <file>').hideHelp())
    .option('--force', 'replace the output file if it exists')
    .option('--set <key=value>', 'override a spec value, e.g. layers.0.conv.filters=8 (repeatable)', collect, [])
    .action(async (spec: string, options: GraphOptions) => {
      const result = checkValidSpec(ctx.io, spec, options.set);
      if (!result) {
        ctx.setExit(EXIT.invalid);
        return;
      }
      // imported on demand: handlebars would slow every other command's startup (see bench/check-speed.ts)
      const { renderGraph } = await import('../../codegen/svg.js');
      const svg = renderGraph(result.model, result.shapes);
      const out = options.out ?? options.output;
      if (out === undefined) ctx.io.stdout(svg);
      else await writeOutputFile(ctx.io.cwd, out, svg, Boolean(options.force));
      ctx.setExit(EXIT.ok);
    });
}
