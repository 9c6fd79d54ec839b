import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ConvLayer, DenseLayer, Layer, NetModel, PoolLayer } from '../src/model.js';
import { memoryReader } from '../src/parser/memory-reader.js';
import { checkSpec } from '../src/pipeline.js';
import { inferShapes } from '../src/shape-inference/index.js';
import { runCli } from './helpers/cli.js';
import { RESIDUAL_BLOCK } from './helpers/tiny-dataset.js';
import { embedTemplates } from './helpers/embed.js';
import { fromRoot } from './helpers/paths.js';
import { elementsNamed, parseXml, textOf } from './helpers/xml.js';

// the template is embedded at build time; make sure the generated module is current first
before(() => embedTemplates());
const renderGraph = async (model: NetModel) => (await import('../src/codegen/svg.js')).renderGraph(model, inferShapes(model));

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

/** Parses the SVG as XML (failing where it is not well-formed); the drawing's boxes and arrows as data. */
function drawing(svg: string) {
  const root = parseXml(svg);
  assert.equal(root.name, 'svg');
  const layers = elementsNamed(root, 'g').filter((g) => g.attributes.class === 'layer').map((g) => {
    const rect = elementsNamed(g, 'rect')[0]!.attributes;
    const text = (cls: string) => { const t = elementsNamed(g, 'text').find((e) => e.attributes.class === cls); return t ? textOf(t) : ''; };
    return {
      name: g.attributes['data-name']!, kind: g.attributes['data-kind']!, index: g.attributes['data-index']!,
      x: Number(rect.x), y: Number(rect.y), w: Number(rect.width), h: Number(rect.height),
      label: text('name'), op: text('op'), shape: text('shape'),
    };
  });
  const arrows = [...elementsNamed(root, 'line'), ...elementsNamed(root, 'polyline')].filter((e) => e.attributes.class === 'edge').map((e) => {
    assert.equal(e.attributes['marker-end'], 'url(#arrowhead)', 'every edge has an arrowhead');
    const points = e.name === 'line'
      ? [{ x: Number(e.attributes.x1), y: Number(e.attributes.y1) }, { x: Number(e.attributes.x2), y: Number(e.attributes.y2) }]
      : e.attributes.points!.trim().split(/\s+/).map((p) => { const [x, y] = p.split(',').map(Number); return { x: x!, y: y! }; });
    return { from: e.attributes['data-from']!, to: e.attributes['data-to']!, points, straight: e.name === 'line' };
  });
  return { root, layers, arrows, width: Number(root.attributes.width), height: Number(root.attributes.height) };
}

/** Well-formed XML, or the test fails. */
function assertWellFormed(xml: string): void {
  parseXml(xml);
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

/** The model and shapes of a spec written here (no other files), which must check without errors. */
function checked(text: string): { model: NetModel; shapes: ReturnType<typeof inferShapes> } {
  const result = checkSpec({ file: 'spec.yaml', text }, { reader: memoryReader({}) });
  assert.ok(result.ok && result.model && result.shapes, JSON.stringify(result.diagnostics.map((d) => d.code)));
  return { model: result.model, shapes: result.shapes };
}

/** The shared brief's example: residual blocks, a 1×1 side branch from a strided conv, concat, global pooling. */
const RES = `name: res
input: [28, 28, 1]
defaults: {activation: relu, init: he_normal}
blocks:${RESIDUAL_BLOCK}
layers:
  - conv: {name: stem, filters: 16, kernel: 3, padding: 1}
  - block: {use: residual, filters: 16, repeat: 2}
  - conv: {name: down, filters: 32, kernel: 1, stride: 2}
  - block: {use: residual, filters: 32}
  - conv: {name: side, from: down, filters: 8, kernel: 1}
  - concat: {from: [residual3_add1, side]}
  - pool: {type: avg, size: global}
  - flatten
  - dense: {units: 10, activation: none}
`;

/** GoogLeNet's Inception block (d2l 8.4): four branches from one input, concatenated. */
const INCEPTION = `name: incep
input: [28, 28, 1]
defaults: {activation: relu}
blocks:
  inception:
    params: {c1: null, c2: null, c3: null, c4: null}
    layers:
      - conv: {name: b1, filters: $c1, kernel: 1}
      - conv: {name: b2a, from: input, filters: $c2, kernel: 1}
      - conv: {name: b2b, filters: $c2, kernel: 3, padding: 1}
      - conv: {name: b3a, from: input, filters: $c3, kernel: 1}
      - conv: {name: b3b, filters: $c3, kernel: 5, padding: 2}
      - pool: {name: b4a, from: input, type: max, size: 3, stride: 1, padding: same}
      - conv: {name: b4b, filters: $c4, kernel: 1}
      - concat: {name: out, from: [b1, b2b, b3b, b4b]}
layers:
  - conv: {name: stem, filters: 16, kernel: 3, padding: 1}
  - pool: {type: max, size: 2}
  - block: {use: inception, c1: 8, c2: 8, c3: 4, c4: 4, repeat: 2}
  - pool: {type: avg, size: global}
  - flatten
  - dense: {units: 10, activation: none}
`;

/** A ResNet of `blocks` residual blocks with a 1×1 stride-2 shortcut every third: 6 layers a block, more with shortcuts. */
function deepResnet(blocks: number): string {
  const uses = Array.from({ length: blocks }, (_, i) => (i % 3 === 2
    ? '  - block: {use: down, filters: 16}'
    : '  - block: {use: residual, filters: 16}'));
  return `name: deep
input: [28, 28, 1]
defaults: {activation: relu, init: he_normal}
blocks:${RESIDUAL_BLOCK}
  down:
    params: {filters: null}
    layers:
      - conv: {filters: $filters, kernel: 3, padding: 1, stride: 2, bias: false, activation: none}
      - batchnorm: {momentum: 0.9}
      - activation: relu
      - conv: {filters: $filters, kernel: 3, padding: 1, bias: false, activation: none}
      - batchnorm: {name: bn, momentum: 0.9}
      - conv: {name: shortcut, from: input, filters: $filters, kernel: 1, stride: 2, bias: false, activation: none}
      - add: {from: [bn, shortcut], activation: relu}
layers:
  - conv: {name: stem, filters: 16, kernel: 3, padding: 1}
${uses.join('\n')}
  - pool: {type: avg, size: global}
  - flatten
  - dense: {units: 10, activation: none}
`;
}

type Drawing = ReturnType<typeof drawing>;
type Box = Drawing['layers'][number];

/**
 * What every drawing must be, whatever the network: one box per layer (and the input); one
 * arrow per edge of the model (per name in a layer's inputs), from the source box's bottom
 * edge to just above the target box's top edge, made of vertical and horizontal legs that go
 * through no other box; no two boxes overlapping; everything inside the SVG's size.
 */
function assertDrawsModel(model: NetModel, d: Drawing): void {
  assert.deepEqual(d.layers.map((b) => b.name), ['input', ...model.layers.map((l) => l.name)]);
  const expected = model.layers.flatMap((l) => l.inputs.map((from) => `${from} -> ${l.name}`)).sort();
  assert.deepEqual(d.arrows.map((a) => `${a.from} -> ${a.to}`).sort(), expected);
  const box = new Map(d.layers.map((b) => [b.name, b]));
  for (const a of d.arrows) {
    const [from, to] = [box.get(a.from)!, box.get(a.to)!];
    const [start, end] = [a.points[0]!, a.points[a.points.length - 1]!];
    assert.equal(start.y, from.y + from.h, `${a.from} -> ${a.to} starts at ${a.from}'s bottom`);
    assert.ok(start.x > from.x && start.x < from.x + from.w, `${a.from} -> ${a.to} starts within ${a.from}`);
    assert.ok(end.y < to.y && end.y >= to.y - 2, `${a.from} -> ${a.to} ends just above ${a.to}`);
    assert.ok(end.x > to.x && end.x < to.x + to.w, `${a.from} -> ${a.to} ends within ${a.to}`);
    a.points.slice(1).forEach((p, k) => {
      const q = a.points[k]!;
      assert.ok(p.x === q.x || p.y === q.y, `${a.from} -> ${a.to}: leg ${k} is vertical or horizontal`);
      assert.ok(p.y >= q.y, `${a.from} -> ${a.to}: leg ${k} never goes up`);
      for (const other of d.layers) {
        if (segmentCrossesBox(q, p, other)) assert.fail(`${a.from} -> ${a.to}: leg ${k} goes through ${other.name}`);
      }
    });
  }
  d.layers.forEach((a, i) => d.layers.slice(i + 1).forEach((b) => {
    const apart = a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y;
    assert.ok(apart, `${a.name} and ${b.name} overlap`);
  }));
  for (const b of d.layers) assert.ok(b.x >= 0 && b.y >= 0 && b.x + b.w <= d.width && b.y + b.h <= d.height, `${b.name} is inside the drawing`);
}

/** Whether a vertical or horizontal segment passes through a box's inside (its border excluded). */
function segmentCrossesBox(p: { x: number; y: number }, q: { x: number; y: number }, b: Box): boolean {
  const [x0, x1] = [Math.min(p.x, q.x), Math.max(p.x, q.x)];
  const [y0, y1] = [Math.min(p.y, q.y), Math.max(p.y, q.y)];
  return x0 < b.x + b.w && x1 > b.x && y0 < b.y + b.h && y1 > b.y;
}

describe('renderGraph of branched networks', { timeout: 60_000 }, () => {
  it('draws a straight network as one column of boxes joined by straight arrows', { timeout: 30_000 }, async () => {
    const model = lenet();
    const d = drawing(await renderGraph(model));
    assertDrawsModel(model, d);
    assert.equal(new Set(d.layers.map((b) => b.x)).size, 1, 'one column');
    assert.ok(d.arrows.every((a) => a.straight && a.points[0]!.x === d.layers[0]!.x + d.layers[0]!.w / 2));
    d.layers.slice(1).forEach((b, i) => assert.ok(b.y > d.layers[i]!.y, 'top to bottom in spec order'));
  });

  it('draws residual blocks with the shortcut beside the main path and two arrows into each add', { timeout: 30_000 }, async () => {
    const { model, shapes } = checked(RES);
    const { renderGraph: render } = await import('../src/codegen/svg.js');
    const d = drawing(render(model, shapes));
    assertDrawsModel(model, d);
    const box = new Map(d.layers.map((b) => [b.name, b]));
    // the main path of a block is one column; its add takes two arrows that enter at different points
    const main = ['stem', 'residual1_conv1', 'residual1_batchnorm1', 'residual1_activation1', 'residual1_conv2', 'residual1_bn', 'residual1_add1'];
    assert.equal(new Set(main.map((n) => box.get(n)!.x)).size, 1);
    const into = d.arrows.filter((a) => a.to === 'residual1_add1');
    assert.deepEqual(into.map((a) => a.from).sort(), ['residual1_bn', 'stem']);
    assert.notEqual(into[0]!.points.at(-1)!.x, into[1]!.points.at(-1)!.x, 'a merge visibly takes two arrows');
    // the shortcut runs down beside the block, right of its boxes
    const shortcut = into.find((a) => a.from === 'stem')!;
    assert.ok(Math.max(...shortcut.points.map((p) => p.x)) > box.get('residual1_conv1')!.x + box.get('residual1_conv1')!.w);
    // the side branch stands beside the third block, on the rank after the conv it comes from
    assert.equal(box.get('side')!.y, box.get('residual3_conv1')!.y);
    assert.ok(box.get('side')!.x >= box.get('residual3_conv1')!.x + box.get('residual3_conv1')!.w);
    assert.equal(d.layers.find((b) => b.name === 'residual1_add1')!.op, 'add, relu');
    assert.equal(d.layers.find((b) => b.name === 'concat1')!.shape, '14×14×40');
  });

  it('draws an Inception block\'s four branches side by side, in spec order, centred over their concat', { timeout: 30_000 }, async () => {
    const { model, shapes } = checked(INCEPTION);
    const { renderGraph: render } = await import('../src/codegen/svg.js');
    const d = drawing(render(model, shapes));
    assertDrawsModel(model, d);
    const box = new Map(d.layers.map((b) => [b.name, b]));
    const heads = ['inception1_b1', 'inception1_b2a', 'inception1_b3a', 'inception1_b4a'].map((n) => box.get(n)!);
    assert.equal(new Set(heads.map((b) => b.y)).size, 1, 'the branches start on one rank');
    heads.slice(1).forEach((b, i) => assert.ok(b.x >= heads[i]!.x + heads[i]!.w, 'left to right in spec order'));
    const centre = (b: Box) => b.x + b.w / 2;
    const [pool, out] = [box.get('pool1')!, box.get('inception1_out')!];
    assert.ok(Math.abs(centre(out) - centre(pool)) <= 1, 'the concat sits under the block input');
    assert.ok(centre(heads[0]!) < centre(pool) && centre(heads[3]!) > centre(pool), 'the branches stand on both sides');
    const into = d.arrows.filter((a) => a.to === 'inception1_out');
    assert.deepEqual(into.map((a) => a.from), ['inception1_b1', 'inception1_b2b', 'inception1_b3b', 'inception1_b4b']);
    assert.equal(new Set(into.map((a) => a.points.at(-1)!.x)).size, 4, 'four arrows into the concat');
    assert.equal(new Set(d.arrows.filter((a) => a.from === 'pool1').map((a) => a.points[0]!.x)).size, 4, 'four arrows out of its input');
    // no two arrows of one gap cross where one was avoidable: the fan-out's legs never cut each other
    const fan = d.arrows.filter((a) => a.from === 'pool1');
    for (const a of fan) {
      for (const b of fan) {
        if (a === b) continue;
        const [down, across] = [a.points.slice(0, 2), b.points.slice(1, 3)];
        const crosses = down[0]!.x > Math.min(across[0]!.x, across[1]!.x) && down[0]!.x < Math.max(across[0]!.x, across[1]!.x)
          && across[0]!.y > down[0]!.y && across[0]!.y < down[1]!.y;
        assert.ok(!crosses, `${a.to}'s arrow crosses ${b.to}'s`);
      }
    }
  });

  it('keeps a 60-layer ResNet readable: narrow, tall, drawn quickly', { timeout: 30_000 }, async () => {
    const { model, shapes } = checked(deepResnet(9));
    assert.ok(model.layers.length >= 60, `${model.layers.length} layers`);
    const { renderGraph: render } = await import('../src/codegen/svg.js');
    const started = performance.now();
    const d = drawing(render(model, shapes));
    assert.ok(performance.now() - started < 2000, 'drawn in under 2 s');
    assertDrawsModel(model, d);
    const w = d.layers[0]!.w;
    assert.ok(d.width <= 2 * w + 200, `at most two boxes wide (${d.width} px for boxes of ${w})`);
    assert.ok(d.height >= model.layers.length / 2 * d.layers[0]!.h, 'it grows down');
  });

  it('escapes hostile layer names and descriptions in text, tooltips and data attributes', { timeout: 30_000 }, async () => {
    const hostile = ['</text><script>x</script>', 'a"b\'c&d=`e', 'x]]>y<!--z'];
    const base = checked(RES);
    const rename = new Map([['side', hostile[0]!], ['down', hostile[1]!], ['concat1', hostile[2]!]]);
    const model: NetModel = {
      ...base.model, name: '<svg onload="x">', description: 'a <b>bold</b> & "quoted" net\u0007',
      layers: base.model.layers.map((l) => ({ ...l, name: rename.get(l.name) ?? l.name, inputs: l.inputs.map((i) => rename.get(i) ?? i) }) as Layer),
    };
    const { renderGraph: render } = await import('../src/codegen/svg.js');
    const svg = render(model, base.shapes);
    assert.doesNotMatch(svg, /<script|<b>|<!--|onload="/);
    const d = drawing(svg);
    assertDrawsModel(model, d);
    for (const name of hostile) {
      const b = d.layers.find((l) => l.name === name);
      assert.ok(b, `a box data-name="${name}"`);
      assert.equal(b.label, name);
    }
    assert.equal(d.arrows.filter((a) => a.from === hostile[1]).length, 3);
    const desc = textOf(elementsNamed(d.root, 'desc')[0]!);
    assert.ok(desc.startsWith('<svg onload="x">: a <b>bold</b> & "quoted" net\uFFFD'), desc);
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
