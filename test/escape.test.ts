/**
 * Nothing a spec says can become code: every text field (name, description, a data folder's
 * path, the spec file's path, class names) is escaped for where it lands. Arbitrary strings,
 * hostile ones mixed in, go through each escaper and each emitter, and the output is parsed:
 * the emitted TypeScript with the TypeScript compiler (its statements exactly the expected
 * ones), Python with python3's own parser, SVG as XML (well-formed, text round-trips), WGSL and
 * YAML by their line rules.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import ts from 'typescript';
import { parse as parseYaml } from 'yaml';
import { lines, pyComment, pyString, tsBlockComment, tsLineComment, tsString, wgslLineComment, xmlChars, xmlText, yamlComment } from '../src/codegen/escape.js';
import { emitTypeScript } from '../src/codegen/typescript.js';
import { renderGraph } from '../src/codegen/svg.js';
import { compileTraining } from '../src/codegen/wgsl/index.js';
import type { NetModel } from '../src/model.js';
import { planModel, tfModelName } from '../src/plan/index.js';
import { tfjsLayers } from '../src/plan/tfjs.js';
import { inferShapes } from '../src/shape-inference/index.js';
import { confusionSvg } from '../src/train/plots.js';
import { elementsNamed, parseXml, textOf } from './helpers/xml.js';
import { tinyModel } from './helpers/tiny-dataset.js';

/** What an attacker writes into a spec's text fields. */
const HOSTILE = [
  "ok */ console.log('INJECTED'); /*", '\u2028console.log("INJECTED")', '\u2029', '\n', '\r\n', '\r', '\\', "'", '"', '`', '${x}',
  '*/', '/*', '/**', '//', '<!--', '-->', ']]>', '<script>', '&amp;', '&', '<', '>', '\u0000', '\u0085', '\u000b', '\u000c', '\ud800', '\udc00',
  '\ud83d\ude00', '\ufeff', '\ufffe', '#', '# comment\nkey: 2', '"""', "'''", '\\u2028', '\t',
];

/** Any string, with hostile pieces mixed in. */
const text = fc.array(fc.oneof(fc.string({ unit: 'binary', maxLength: 6 }), fc.constantFrom(...HOSTILE)), { maxLength: 6 }).map((parts) => parts.join(''));

/** Syntax errors of `code` as TypeScript. */
function syntaxErrors(code: string): string[] {
  const out = ts.transpileModule(code, { reportDiagnostics: true, compilerOptions: { target: ts.ScriptTarget.ES2022 } });
  return (out.diagnostics ?? []).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

const parseTs = (code: string) => ts.createSourceFile('emitted.ts', code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);

describe('the escapers', { timeout: 60_000 }, () => {
  test('tsString: a single string literal whose value is the text', () => {
    fc.assert(fc.property(text, (s) => {
      const code = `const x = ${tsString(s)};\nconst y = 1;\n`;
      assert.deepEqual(syntaxErrors(code), []);
      const file = parseTs(code);
      assert.equal(file.statements.length, 2);
      const init = (file.statements[0] as ts.VariableStatement).declarationList.declarations[0]!.initializer!;
      assert.ok(ts.isStringLiteral(init));
      assert.equal(init.text, s);
    }), { numRuns: 300 });
  });

  test('tsLineComment and tsBlockComment: the comment ends where it should, on one line', () => {
    fc.assert(fc.property(text, (s) => {
      for (const code of [`// ${tsLineComment(s)}\nconst y = 1;\n`, `/** ${tsBlockComment(s)} */\nconst y = 1;\n`, `// ${tsBlockComment(s)}\nconst y = 1;\n`]) {
        assert.deepEqual(syntaxErrors(code), [], code);
        const file = parseTs(code);
        assert.equal(file.statements.length, 1, code);
        assert.equal(file.statements[0]!.getText(), 'const y = 1;');
        assert.equal(lines(code).length, 3, code);
      }
    }), { numRuns: 300 });
  });

  test('wgslLineComment and yamlComment: one line; YAML reads only what follows the comment', () => {
    fc.assert(fc.property(text, (s) => {
      assert.doesNotMatch(wgslLineComment(s), /[\n\r\u000b\u000c\u0085\u2028\u2029]/);
      assert.deepEqual(parseYaml(`# ${yamlComment(s)}\nkey: 1\n`), { key: 1 });
    }), { numRuns: 300 });
  });

  test('xmlText: well-formed XML whose text and attribute read back as the text (less what XML cannot hold)', () => {
    fc.assert(fc.property(text, (s) => {
      const root = parseXml(`<a title="${xmlText(s)}" other='${xmlText(s)}'>${xmlText(s)}</a>`);
      assert.equal(textOf(root), xmlChars(s));
      assert.equal(root.attributes.title, xmlChars(s));
      assert.equal(root.attributes.other, xmlChars(s));
    }), { numRuns: 300 });
  });

  test('pyString and pyComment: python3 reads the string back and the comment as a comment', (t) => {
    const python = spawnSync('python3', ['-c', 'print(1)'], { encoding: 'utf8' });
    if (python.status !== 0) return t.skip('python3 is not installed');
    const cases = fc.sample(text, { numRuns: 400, seed: 22 }).concat(HOSTILE).map((value) => ({ value, literal: pyString(value), comment: `# ${pyComment(value)}` }));
    const script = `
import ast, json, sys
cases = json.load(sys.stdin)
bad = []
for c in cases:
    if ast.literal_eval(c["literal"]) != c["value"]:
        bad.append(c["literal"])
    tree = ast.parse(c["comment"] + "\\nx = 1\\n")
    if len(tree.body) != 1:
        bad.append(c["comment"])
print(json.dumps(bad))
`;
    const r = spawnSync('python3', ['-c', script], { input: JSON.stringify(cases), encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout), []);
  });
});

/** The tiny model with its text fields set. */
function withText(name: string, description: string, folder: string): NetModel {
  const model = tinyModel();
  return { ...model, name, description, train: { ...model.train, dataset: { folder, path: folder, validation_split: 0.2 } } };
}

describe('the emitters, fed arbitrary text in every text field', { timeout: 120_000 }, () => {
  test('emit --ts: exactly the expected statements, the strings round-trip, the header stays comments', () => {
    fc.assert(fc.property(text, text, text, text, (name, description, folder, specFile) => {
      const model = withText(name, description, folder);
      const shapes = inferShapes(model);
      const code = emitTypeScript(model, shapes, { specFile, seed: 1 });
      assert.deepEqual(syntaxErrors(code), []);
      const file = parseTs(code);
      const kinds = file.statements.map((s) => (ts.isImportDeclaration(s) ? 'import' : ts.isInterfaceDeclaration(s) ? 'interface' : ts.isVariableStatement(s) ? 'const' : ts.isFunctionDeclaration(s) ? 'function' : ts.SyntaxKind[s.kind]));
      assert.deepEqual(kinds, ['import', 'interface', 'const', 'function']);
      const settings = file.statements[1] as ts.InterfaceDeclaration;
      assert.equal(settings.name.text, 'TrainingSettings');
      const training = (file.statements[2] as ts.VariableStatement).declarationList.declarations[0]!;
      assert.equal((training.name as ts.Identifier).text, 'training');
      const fields = (training.initializer as ts.ObjectLiteralExpression).properties as ts.NodeArray<ts.PropertyAssignment>;
      assert.equal(fields.length, settings.members.length);
      const dataset = fields.find((f) => (f.name as ts.Identifier).text === 'dataset')!.initializer;
      assert.ok(ts.isStringLiteral(dataset));
      assert.equal(dataset.text, folder);
      const create = file.statements[3] as ts.FunctionDeclaration;
      assert.equal(create.name!.text, 'createModel');
      const body = create.body!.statements;
      const layers = tfjsLayers(planModel(model, shapes)).length;
      assert.equal(body.length, layers + 2);
      assert.ok(ts.isVariableStatement(body[0]!) && ts.isReturnStatement(body[layers + 1]!));
      const sequential = (body[0] as ts.VariableStatement).declarationList.declarations[0]!.initializer as ts.CallExpression;
      const modelName = ((sequential.arguments[0] as ts.ObjectLiteralExpression).properties[0] as ts.PropertyAssignment).initializer;
      assert.equal((modelName as ts.StringLiteral).text, tfModelName(name));
      body.slice(1, -1).forEach((s) => assert.match(s.getText(), /^model\.add\(tf\.layers\.\w+\(/));
      // before the import: comment lines only, as many as the header has
      const header = code.slice(0, code.indexOf('import * as tf'));
      const descriptionLines = lines(description).filter((l) => l.trimEnd() !== '').length;
      assert.equal(lines(header.trimEnd()).length, 5 + (descriptionLines ? descriptionLines + 1 : 0));
      for (const line of lines(header.trimEnd())) assert.match(line, /^\/\//);
    }), { numRuns: 100 });
  });

  test('the issue\'s injections: a name closing the doc comment, a description with U+2028', () => {
    const model = withText("ok */ console.log('INJECTED'); /*", 'line one\u2028console.log("INJECTED")', './data');
    const code = emitTypeScript(model, inferShapes(model), { specFile: 'spec.yaml' });
    assert.deepEqual(syntaxErrors(code), []);
    const file = parseTs(code);
    assert.equal(file.statements.length, 4);
    // no call of console.log anywhere in the program
    const calls: string[] = [];
    const walk = (node: ts.Node) => {
      if (ts.isCallExpression(node)) calls.push(node.expression.getText());
      ts.forEachChild(node, walk);
    };
    walk(file);
    assert.ok(!calls.includes('console.log'), calls.join(', '));
  });

  test('graph SVG: well-formed XML whose title reads back as the name', () => {
    fc.assert(fc.property(text, (name) => {
      const model = withText(name, '', './data');
      const root = parseXml(renderGraph(model, inferShapes(model)));
      assert.equal(root.name, 'svg');
      assert.equal(textOf(elementsNamed(root, 'title')[0]!), `${xmlChars(name)}: architecture`);
    }), { numRuns: 100 });
  });

  test('confusion SVG: class names of any text make well-formed XML with every name in it', async () => {
    await fc.assert(fc.asyncProperty(fc.uniqueArray(text.filter((s) => s.length > 0 && s.length < 16), { minLength: 2, maxLength: 3, selector: xmlChars }), async (classes) => {
      const confusion = classes.map((_, t) => classes.map((__, p) => (t === p ? 5 : 1)));
      const root = parseXml(await confusionSvg(confusion, classes));
      const labels = elementsNamed(root, 'text').map((el) => el.attributes['aria-label'] ?? '').join('\n');
      for (const name of classes) assert.ok(labels.includes(`predicted class: ${xmlChars(name)};`), name);
    }), { numRuns: 15 });
  });

  test('WGSL: no text of the spec reaches the generated kernels', () => {
    const benign = tinyModel();
    const wgsl = (model: NetModel) => {
      const shapes = inferShapes(model);
      const compiled = compileTraining(model, planModel(model, shapes), { maxBindingBytes: 2 ** 27, classes: 10 });
      assert.ok(compiled.program);
      return compiled.program.kernels.map((k) => k.code).join('\n');
    };
    const expected = wgsl(benign);
    fc.assert(fc.property(text, text, (name, description) => {
      assert.equal(wgsl({ ...benign, name, description }), expected);
    }), { numRuns: 20 });
  });
});
