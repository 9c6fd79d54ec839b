/**
 * `lenetc emit --ts SPEC` prints TypeScript that builds the model; `lenetc emit --pytorch SPEC`
 * the same network as a PyTorch module (Python); `lenetc emit --json SPEC` the tfjs LayersModel
 * topology (`tf.models.modelFromJSON` loads it); `lenetc emit --wgsl SPEC` the compiled WebGPU
 * training program, laid out for the limits every adapter allows. The code generators and
 * TensorFlow.js are imported only here, on demand, so other commands start fast.
 */
import { Option, type Command } from 'commander';
import { UserError } from '../../errors.js';
import type { CommandContext } from '../index.js';
import { EXIT } from '../io.js';
import { writeOutputFile } from '../output.js';
import { checkValidSpec, collect, printDiagnostics } from '../spec.js';

interface EmitOptions {
  ts?: boolean;
  pytorch?: boolean;
  json?: boolean;
  wgsl?: boolean;
  out?: string;
  /** The former spelling of --out, still accepted. */
  output?: string;
  force?: boolean;
  set: string[];
}

/** Adds `emit` to the program. */
export function registerEmit(program: Command, ctx: CommandContext): void {
  program
    .command('emit')
    .description('emit TypeScript source (--ts), a PyTorch module (--pytorch), the tfjs model topology (--json) or the WebGPU training program (--wgsl) for a spec')
    .argument('<spec>', 'spec file (YAML)')
    .addOption(new Option('--ts', 'TypeScript module exporting createModel() and the training settings').conflicts(['json', 'pytorch', 'wgsl']))
    .addOption(new Option('--pytorch', 'Python module: the network as an nn.Module class and the training settings').conflicts(['json', 'ts', 'wgsl']))
    .addOption(new Option('--json', 'tfjs LayersModel topology JSON').conflicts(['ts', 'pytorch', 'wgsl']))
    .addOption(new Option('--wgsl', 'the compiled WebGPU training program (every kernel\'s WGSL, its buffers and dispatch order)').conflicts(['ts', 'pytorch', 'json']))
    .option('-o, --out <file>', 'write to this file instead of stdout')
    .addOption(new Option('--output <file>').hideHelp())
    .option('--force', 'replace the output file if it exists')
    .option('--set <key=value>', 'override a spec value, e.g. train.lr=0.1 (repeatable)', collect, [])
    .action(async (spec: string, options: EmitOptions) => {
      if (!options.ts && !options.json && !options.pytorch && !options.wgsl) throw new UserError('NEEDS_ARGUMENT', { command: 'emit', needs: '--ts, --pytorch, --json or --wgsl' });
      const result = checkValidSpec(ctx.io, spec, options.set);
      if (!result) {
        ctx.setExit(EXIT.invalid);
        return;
      }
      let text: string;
      // the seed the runtime trains with, so the emitted model starts from the same weights
      const seed = result.model.train.seed;
      if (options.ts) {
        const { emitTypeScript } = await import('../../codegen/typescript.js');
        text = emitTypeScript(result.model, result.shapes, { specFile: spec, seed });
      } else if (options.pytorch) {
        const { emitPyTorch } = await import('../../codegen/pytorch/index.js');
        text = emitPyTorch(result.model, result.shapes, { source: spec, command: `lenetc emit --pytorch ${spec}` }).source;
      } else if (options.wgsl) {
        const { compileTraining, programText, DEFAULT_MAX_BINDING_BYTES } = await import('../../codegen/wgsl/index.js');
        // no adapter is asked: the layout every WebGPU device allows; training compiles again for its own
        const plan = result.plan!;
        const compiled = compileTraining(result.model, plan, { maxBindingBytes: DEFAULT_MAX_BINDING_BYTES, classes: plan.output.shape[plan.output.shape.length - 1]! });
        if (!compiled.program) {
          printDiagnostics(ctx.io, spec, { ...result, ok: false, diagnostics: compiled.diagnostics.map(result.locate) });
          ctx.setExit(EXIT.invalid);
          return;
        }
        text = programText(compiled.program, {
          name: result.model.name, description: result.model.description, maxBindingBytes: DEFAULT_MAX_BINDING_BYTES,
          limitSource: 'WebGPU\'s default maxStorageBufferBindingSize, which every adapter allows',
        });
      } else {
        const { buildModel } = await import('../../tfjs/build.js');
        const { selectBackend } = await import('../../node/backend.js');
        // building the layers creates their weights: the plain cpu backend is always there
        await selectBackend('cpu');
        const net = buildModel(result.model, seed);
        text = JSON.stringify(net.toJSON(undefined, false), null, 2) + '\n';
        net.dispose();
      }
      const out = options.out ?? options.output;
      if (out === undefined) ctx.io.stdout(text);
      else await writeOutputFile(ctx.io.cwd, out, text, Boolean(options.force));
      ctx.setExit(EXIT.ok);
    });
}
