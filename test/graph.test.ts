import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ConvLayer, DenseLayer, Layer, NetModel, PoolLayer } from '../src/model.js';
import { inferShapes } from '../src/shape-inference/index.js';
import { runCli } from './helpers/cli.js';
import { embedTemplates } from './helpers/embed.js';
import { fromRoot } from './helpers/paths.js';

// the template is embedded at build time; make sure the generated module is current first
before(() => embedTemplates());
const renderGraph = async (model: NetModel) => (await import('../src/codegen/graph.js')).renderGraph(model, inferShapes(model));

type Draft = Omit<ConvLayer, 'index' | 'name' | 'path' | 'inputs'> | Omit<PoolLayer, 'index' | 'name' | 'path' | 'inputs'> | Omit<DenseLayer, 'index' | 'name' | 'path' | 'inputs'> | { kind: 'flatten' };

/** d2l's LeNet-5 (7.6): sigmoid convs with padding 2, average pooling, three dense layers. */
function lenet(names: string[] = ['conv1', 'pool1', 'conv2', 'pool2', 'flatten', 'dense1', 'dense2', 'dense3']): NetModel {
  const drafts: Draft[] = [
    { kind: 'conv', filters: 6, kernel: [5, 5], stride: [1, 1], padding: { top: 2, bottom: 2, left: 2, right: 2 }, activation: 'sigmoid', init: 'xavier_uniform', bias: true },
    { kind: 'pool', type: 'avg', size: [2, 2], stride: [2, 2], padding: 'valid' },
    { kind: 'conv', filters: 16, kernel: [5, 5], stride: [1, 1], padding: 'valid', activation: 'sigmoid', init: 'xavier_uniform', bias: true },
    { kind: 'pool', type: 'avg', size: [2, 2], stride: [2, 2], padding: 'valid' },
    { kind: 'flatten' },
    { kind: 'dense', units: 120, activation: 'sigmoid', init: 'xavier_uniform', bias: true },
    { kind: 'dense', units: 84, activation: 'sigmoid', init: 'xavier_uniform', bias: true },
    { kind: 'dense', units: 10, activation: 'none', init: 'xavier_uniform', bias: true },
  ];
  return {
    name: 'lenet', input: [28, 28, 1],
    layers: drafts.map((d, index) => ({ ...d, index, name: names[index]!, path: ['layers', index], inputs: [index === 0 ? 'input' : names[index - 1]!] }) as Layer),
    train: {
      dataset: 'fashion-mnist', epochs: 1, batch_size: 64, optimizer: { type: 'sgd' }, lr: 0.1,
      schedule: { type: 'constant' }, weight_decay: 0, seed: 1, augment: { flip: false, shift: 0 },
    },
  };
}

const ENTITY = /&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/y;

/**
 * A small XML well-formedness check (no parser is installed): balanced tags, quoted attributes,
 * no raw `<` or stray `&` in text or attribute values, no characters XML 1.0 forbids.
 */
function assertWellFormed(xml: string): void {
  assert.doesNotMatch(xml, /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/, 'control character');
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const stack: string[] = [];
  const tag = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>/y;
  let pos = 0;
  let roots = 0;
  const checkAmps = (text: string, at: number) => {
    for (let i = text.indexOf('&'); i !== -1; i = text.indexOf('&', i + 1)) {
      ENTITY.lastIndex = i;
      assert.ok(ENTITY.test(text), `bare & at ${at + i}`);
    }
  };
  while (pos < body.length) {
    const lt = body.indexOf('<', pos);
    const text = body.slice(pos, lt === -1 ? body.length : lt);
    checkAmps(text, pos);
    if (stack.length === 0) assert.match(text, /^\s*$/, `text outside the root at ${pos}`);
    if (lt === -1) break;
    tag.lastIndex = lt;
    const m = tag.exec(body);
    assert.ok(m, `malformed tag at ${lt}: ${body.slice(lt, lt + 60)}`);
    const [whole, close, name, attrs, selfClose] = m;
    checkAmps(attrs!, lt);
    const attrNames = [...attrs!.matchAll(/([\w:.-]+)=/g)].map((a) => a[1]);
    assert.equal(new Set(attrNames).size, attrNames.length, `duplicate attribute in <${name}>`);
    if (close) {
      assert.equal(stack.pop(), name, `mismatched </${name}> at ${lt}`);
    } else if (!selfClose) {
      if (stack.length === 0) roots++;
      stack.push(name!);
    } else if (stack.length === 0) {
      roots++;
    }
    pos = lt + whole.length;
  }
  assert.deepEqual(stack, [], 'unclosed tags');
  assert.equal(roots, 1);
}

/** The boxes' text lines, in document order. */
function boxes(svg: string): Array<{ kind: string; name: string; op: string; shape: string }> {
  const groups = [...svg.matchAll(/<g class="layer"[^>]*data-kind="([^"]*)">([\s\S]*?)<\/g>/g)];
  const text = (g: string, cls: string) => g.match(new RegExp(`<text[^>]*class="${cls}"[^>]*>([^<]*)</text>`))?.[1] ?? '';
  return groups.map(([, kind, g]) => ({ kind: kind!, name: text(g!, 'name'), op: text(g!, 'op'), shape: text(g!, 'shape') }));
}

describe('renderGraph', () => {
  it('draws the input and one box per layer, in order, with output shapes from shape inference', async () => {
    const svg = await renderGraph(lenet());
    assertWellFormed(svg);
    assert.match(svg, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    const drawn = boxes(svg);
    assert.deepEqual(drawn.map((b) => b.kind), ['input', 'conv', 'pool', 'conv', 'pool', 'flatten', 'dense', 'dense', 'dense']);
    assert.deepEqual(drawn.map((b) => b.name), ['input', 'conv1', 'pool1', 'conv2', 'pool2', 'flatten', 'dense1', 'dense2', 'dense3']);
    assert.deepEqual(drawn.map((b) => b.shape), ['28×28×1', '28×28×6', '14×14×6', '10×10×16', '5×5×16', '400', '120', '84', '10']);
    assert.equal(drawn[1]!.op, 'conv 5×5, 6, pad 2, sigmoid');
    assert.equal(drawn[2]!.op, 'avg pool 2×2, stride 2');
    assert.equal(drawn[3]!.op, 'conv 5×5, 16, sigmoid');
    assert.equal(drawn[6]!.op, 'dense 120, sigmoid');
    assert.equal(drawn[8]!.op, 'dense 10');
    // one arrow between each pair of neighbours
    assert.equal([...svg.matchAll(/<line [^>]*marker-end="url\(#arrowhead\)"/g)].length, 8);
    // params of conv1: 5·5·6 + 6
    assert.match(svg, /class="params"[^>]*>156 params</);
  });

  it('stacks boxes top to bottom with the arrows between them', async () => {
    const svg = await renderGraph(lenet());
    const ys = [...svg.matchAll(/<rect x="\d+" y="(\d+)" width="(\d+)" height="(\d+)" rx/g)].map((m) => [Number(m[1]), Number(m[3])]);
    assert.equal(ys.length, 9);
    const arrows = [...svg.matchAll(/<line x1="[\d.]+" y1="([\d.]+)" x2="[\d.]+" y2="([\d.]+)"/g)].map((m) => [Number(m[1]), Number(m[2])]);
    arrows.forEach(([y1, y2], i) => {
      assert.equal(y1, ys[i]![0]! + ys[i]![1]!, `arrow ${i} starts at the bottom of box ${i}`);
      assert.ok(y2! <= ys[i + 1]![0]! && y2! > y1!, `arrow ${i} ends at box ${i + 1}`);
    });
    const height = Number(svg.match(/<svg [^>]*height="(\d+)"/)![1]);
    assert.ok(height >= ys[8]![0]! + ys[8]![1]!);
  });

  it('escapes hostile names and drops characters XML cannot hold', async () => {
    const hostile = '</text><script>alert("x&y")</script>\u0001\'`';
    const model = { ...lenet(['conv1', hostile, 'conv2', 'pool2', 'flatten', 'dense1', 'dense2', 'dense3']), name: 'a<b>&"c"' };
    const svg = await renderGraph(model);
    assertWellFormed(svg);
    assert.doesNotMatch(svg, /<script/);
    const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#x27;/g, "'")
      .replace(/&#x60;/g, '`').replace(/&#x3D;/g, '=').replace(/&amp;/g, '&');
    assert.equal(unescape(boxes(svg)[2]!.name), hostile.replace('\u0001', '\uFFFD'));
    assert.equal(unescape(svg.match(/<title>([^<]*)<\/title>/)![1]!), 'a<b>&"c": architecture');
  });

  it('describes strides, same padding, asymmetric padding and max pooling', async () => {
    const model = lenet();
    model.layers[0] = { ...(model.layers[0] as ConvLayer), stride: [2, 1], padding: { top: 1, bottom: 2, left: 1, right: 2 }, activation: 'relu' };
    model.layers[1] = { ...(model.layers[1] as PoolLayer), type: 'max', padding: 'same' };
    model.layers[2] = { ...(model.layers[2] as ConvLayer), padding: 'same', activation: 'none' };
    const drawn = boxes(await renderGraph(model));
    assert.equal(drawn[1]!.op, 'conv 5×5, 6, stride 2×1, pad 1,2,1,2, relu');
    assert.equal(drawn[1]!.shape, '14×27×6'); // (28+3−5)/2+1 by (28+3−5)+1
    assert.equal(drawn[2]!.op, 'max pool 2×2, stride 2, pad same');
    assert.equal(drawn[3]!.op, 'conv 5×5, 16, pad same');
  });
});

describe('lenetc graph', () => {
  let tmp: string;
  before(() => { tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lenetc-graph-')); });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  const run = (args: string[]) => runCli(args, tmp);

  it('prints the SVG of a spec to stdout', async () => {
    const r = await run(['graph', fromRoot('specs', 'lenet5.yaml')]);
    assert.equal(r.code, 0, r.stderr);
    assertWellFormed(r.stdout);
    assert.deepEqual(boxes(r.stdout).map((b) => b.shape), ['28×28×1', '28×28×6', '14×14×6', '10×10×16', '5×5×16', '400', '120', '84', '10']);
  });

  it('applies --set and writes -o FILE, refusing to overwrite without --force', async () => {
    const spec = fromRoot('specs', 'lenet5.yaml');
    const r = await run(['graph', spec, '--set', 'layers.0.conv.filters=8', '-o', 'g.svg']);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, '');
    const first = fs.readFileSync(path.join(tmp, 'g.svg'), 'utf8');
    assert.equal(boxes(first)[1]!.shape, '28×28×8');
    const again = await run(['graph', spec, '-o', 'g.svg']);
    assert.equal(again.code, 2);
    assert.equal(fs.readFileSync(path.join(tmp, 'g.svg'), 'utf8'), first);
    assert.equal((await run(['graph', spec, '-o', 'g.svg', '--force'])).code, 0);
    assert.equal(boxes(fs.readFileSync(path.join(tmp, 'g.svg'), 'utf8'))[1]!.shape, '28×28×6');
    assert.deepEqual(fs.readdirSync(tmp), ['g.svg'], 'no temp files left');
  });

  it('prints diagnostics and exits 1 for a spec with errors, writing nothing', async () => {
    fs.writeFileSync(path.join(tmp, 'bad.yaml'), 'name: bad\ninput: [28, 28, 1]\nlayers:\n  - conv: {filters: 6, kernel: 40}\n  - flatten\n  - dense: {units: 10}\n');
    const r = await run(['graph', 'bad.yaml', '-o', 'bad.svg']);
    assert.equal(r.code, 1);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /^bad\.yaml:4:\d+: error\[NON_POSITIVE_OUTPUT\]/m);
    assert.ok(!fs.existsSync(path.join(tmp, 'bad.svg')));
    assert.equal((await run(['graph', 'missing.yaml'])).code, 2);
  });

  it('escapes a hostile model name from the spec', async () => {
    fs.writeFileSync(path.join(tmp, 'hostile.yaml'), `extends: ${JSON.stringify(fromRoot('specs', 'lenet5.yaml'))}\nname: "<svg onload='x'>&amp;"\n`);
    const r = await run(['graph', 'hostile.yaml']);
    assert.equal(r.code, 0, r.stderr);
    assertWellFormed(r.stdout);
    assert.match(r.stdout, /<title>&lt;svg onload&#x3D;&#x27;x&#x27;&gt;&amp;amp;: architecture<\/title>/);
  });
});
