/** `npm run bench:engine [-- --spec specs/lenet5.yaml --batch 128 --torch none]`: see engine.ts. */
import { runEngineBench } from './engine.js';

process.exitCode = await runEngineBench(process.argv.slice(2));
