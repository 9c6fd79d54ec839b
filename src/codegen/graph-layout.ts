/**
 * Where the architecture drawing puts its boxes and arrows: a layered layout of the network's
 * graph (Sugiyama's method, kept simple). Each node gets a rank, its longest path from the
 * input, so every arrow points down; an edge that skips ranks passes through narrow invisible
 * "dummy" slots in the ranks between, so it is routed beside the boxes rather than through
 * them; within a rank, slots are ordered by the mean position of what feeds them (one
 * barycenter pass, enough for the fan-outs and merges of Inception and ResNet blocks) and
 * placed as near as they can get to the sources they come from. Arrows are orthogonal lines:
 * down out of a box, across in the gap between two ranks, down into the next. A straight
 * network comes out as one column. Pure arithmetic, no drawing.
 */

/** A box to place: its size in pixels. */
export interface LayoutNode {
  width: number;
  height: number;
}

/** An arrow to route: from node `from` (an index into the nodes) to node `to`. */
export interface LayoutEdge {
  from: number;
  to: number;
}

/** A placed box: its top-left corner. */
export interface PlacedNode {
  x: number;
  y: number;
}

/** A routed arrow: the corners of its line, from the source's bottom to the target's top. */
export interface RoutedEdge {
  points: Array<{ x: number; y: number }>;
}

/** The whole drawing's placement. */
export interface Layout {
  nodes: PlacedNode[];
  edges: RoutedEdge[];
  width: number;
  height: number;
}

/** The sizes the layout works with, in pixels. */
export interface LayoutSizes {
  /** Around the drawing. */
  margin: number;
  /** Between two ranks when no arrow turns there: the length of a straight arrow. */
  rankGap: number;
  /** Between two boxes side by side. */
  boxGap: number;
}

/** How wide the slot an edge takes through a rank it skips is, and how far it keeps from its neighbours. */
const DUMMY_WIDTH = 12;
const DUMMY_GAP = 14;
/** How far apart two horizontal runs in one gap are, and how far one keeps from the next on its level. */
const LEVEL_STEP = 12;
const LEVEL_CLEARANCE = 8;
/** Where several arrows leave or enter a box, they keep this far from its corners and from each other. */
const PORT_INSET = 16;
const PORT_MIN_GAP = 14;
/** Dummy slots barely pull: the boxes keep their places, the skipping edges go around them. */
const DUMMY_WEIGHT = 1e-3;

/** A slot in a rank: a node's box, or a skipping edge passing through. */
interface Slot {
  /** The node's index, or -1 for an edge passing through. */
  node: number;
  /** For a pass-through: the edge's index. */
  edge: number;
  width: number;
  /** The slots of the rank above that feed this one, and of the rank below that it feeds. */
  preds: Slot[];
  succs: Slot[];
  /** Where it should be, with how much say it has against its neighbours. */
  x: number;
  order: number;
}

/**
 * Places `nodes` (in a topological order, the input first) and routes `edges`; `nodes[i]`'s
 * box comes out at `nodes[i]` of the result, `edges[j]`'s line at `edges[j]`.
 */
export function layoutGraph(nodes: readonly LayoutNode[], edges: readonly LayoutEdge[], sizes: LayoutSizes): Layout {
  const ranks = rankNodes(nodes.length, edges);
  const { rows, chains } = slotRows(nodes, edges, ranks);
  placeRows(rows, nodes, edges, chains, sizes.boxGap);

  // the drawing starts at the margin, whatever the placement's own origin
  const left = Math.min(...rows.flat().map((s) => s.x - s.width / 2));
  for (const slot of rows.flat()) slot.x = Math.round(slot.x - left + sizes.margin);

  const heights = rows.map((row) => Math.max(0, ...row.filter((s) => s.node >= 0).map((s) => nodes[s.node]!.height)));
  const ports = portsOf(nodes, edges, chains, rows);
  const levels = gapLevels(rows, ranks, edges, chains, ports);
  const tops: number[] = [];
  let y = sizes.margin;
  rows.forEach((_, r) => {
    tops.push(y);
    y += heights[r]! + (r < rows.length - 1 ? gapHeight(levels[r]!.count, sizes.rankGap) : 0);
  });

  const placed = nodes.map((node, i) => {
    const slot = rows[ranks[i]!]!.find((s) => s.node === i)!;
    return { x: slot.x - node.width / 2, y: tops[ranks[i]!]! };
  });
  const routed = edges.map((edge, j): RoutedEdge => {
    const chain = chains[j]!;
    const start = { x: ports.out[j]!, y: tops[ranks[edge.from]!]! + nodes[edge.from]!.height };
    const points = [start];
    for (let k = 1; k < chain.length; k++) {
      const slot = chain[k]!;
      const rank = ranks[edge.from]! + k;
      const x = k === chain.length - 1 ? ports.in[j]! : slot.x;
      const prev = points[points.length - 1]!;
      if (x !== prev.x) {
        const gapTop = tops[rank - 1]! + heights[rank - 1]!;
        const level = levels[rank - 1]!;
        const turn = gapTop + (level.of.get(`${j}:${k}`)! + 1) * (tops[rank]! - gapTop) / (level.count + 1);
        points.push({ x: prev.x, y: turn }, { x, y: turn });
      }
      points.push({ x, y: tops[rank]! });
      // through a skipped rank the line runs straight down the slot
      if (slot.node < 0) points.push({ x, y: tops[rank]! + heights[rank]! });
    }
    return { points: simplify(points) };
  });

  const width = Math.max(...placed.map((p, i) => p.x + nodes[i]!.width), ...rows.flat().map((s) => s.x + s.width / 2)) + sizes.margin;
  return { nodes: placed, edges: routed, width, height: y + sizes.margin };
}

/** Each node's rank: the number of edges on the longest path to it from a node nothing feeds. */
function rankNodes(count: number, edges: readonly LayoutEdge[]): number[] {
  const ranks = new Array<number>(count).fill(0);
  // nodes come in topological order, so one pass over the edges sorted by target is enough
  for (const edge of [...edges].sort((a, b) => a.to - b.to)) {
    ranks[edge.to] = Math.max(ranks[edge.to]!, ranks[edge.from]! + 1);
  }
  return ranks;
}

/** The slots of every rank, ordered, and for each edge the slots it runs through (its source's first). */
function slotRows(nodes: readonly LayoutNode[], edges: readonly LayoutEdge[], ranks: readonly number[]): { rows: Slot[][]; chains: Slot[][] } {
  const rows: Slot[][] = Array.from({ length: Math.max(...ranks) + 1 }, () => []);
  const own = nodes.map((node, i): Slot => {
    const slot: Slot = { node: i, edge: -1, width: node.width, preds: [], succs: [], x: 0, order: 0 };
    rows[ranks[i]!]!.push(slot);
    return slot;
  });
  const chains = edges.map((edge, j) => {
    const chain = [own[edge.from]!];
    for (let r = ranks[edge.from]! + 1; r < ranks[edge.to]!; r++) {
      const pass: Slot = { node: -1, edge: j, width: DUMMY_WIDTH, preds: [chain[chain.length - 1]!], succs: [], x: 0, order: 0 };
      chain[chain.length - 1]!.succs.push(pass);
      rows[r]!.push(pass);
      chain.push(pass);
    }
    own[edge.to]!.preds.push(chain[chain.length - 1]!);
    chain[chain.length - 1]!.succs.push(own[edge.to]!);
    chain.push(own[edge.to]!);
    return chain;
  });

  orderRows(rows, nodes.length, edges);
  return { rows, chains };
}

/** How many sweeps up and down the ranks the ordering tries before it keeps its best. */
const SWEEPS = 4;

/**
 * Orders the slots of every rank to cross few edges (the barycenter heuristic): first down
 * the ranks, each slot where the slots feeding it are on average, a fan-out's ties in the
 * spec's order with boxes before the edges that go around them; then sweeps up (by the slots
 * each feeds) and down again, ties keeping the order they had, and keeps the order that
 * crossed least.
 */
function orderRows(rows: Slot[][], nodeCount: number, edges: readonly LayoutEdge[]): void {
  const mean = (slots: readonly Slot[], own: Slot) => (slots.length === 0 ? own.order : slots.reduce((sum, p) => sum + p.order, 0) / slots.length);
  const number = (row: Slot[]) => row.forEach((slot, i) => { slot.order = i; });
  const first = (s: Slot) => (s.node >= 0 ? s.node : nodeCount + edges[s.edge]!.to + s.edge / (edges.length + 1));
  rows.forEach((row, r) => {
    if (r > 0) row.sort((a, b) => mean(a.preds, a) - mean(b.preds, b) || first(a) - first(b));
    number(row);
  });
  let best = rows.map((row) => [...row]);
  let fewest = crossings(rows);
  for (let sweep = 0; sweep < SWEEPS && fewest > 0; sweep++) {
    const up = sweep % 2 === 0;
    const order = up ? [...rows.keys()].reverse().slice(1) : [...rows.keys()].slice(1);
    for (const r of order) {
      const row = rows[r]!;
      const key = new Map(row.map((s) => [s, mean(up ? s.succs : s.preds, s)]));
      row.sort((a, b) => key.get(a)! - key.get(b)! || a.order - b.order);
      number(row);
    }
    const count = crossings(rows);
    if (count < fewest) {
      fewest = count;
      best = rows.map((row) => [...row]);
    }
  }
  best.forEach((row, r) => {
    rows[r] = row;
    number(row);
  });
}

/** How many pairs of edges cross between neighbouring ranks, in the rows' current order. */
function crossings(rows: readonly Slot[][]): number {
  let count = 0;
  for (const row of rows) {
    const links = row.flatMap((slot) => slot.succs.map((next) => [slot.order, next.order] as const));
    for (let i = 0; i < links.length; i++) {
      for (let k = i + 1; k < links.length; k++) {
        const [a, b] = [links[i]!, links[k]!];
        if ((a[0] - b[0]) * (a[1] - b[1]) < 0) count++;
      }
    }
  }
  return count;
}

/**
 * Places the slots rank by rank: a box is wanted at the mean position of the boxes its edges
 * come from (so a merge sits under its branches and a straight line stays straight), an
 * edge's slot under the slot above it. Within a rank, where wishes collide, the slots are
 * spread as little as they must (isotonic regression by pooling adjacent violators, weighted
 * so that boxes hold their places and the edges around them give way).
 */
function placeRows(rows: Slot[][], nodes: readonly LayoutNode[], edges: readonly LayoutEdge[], chains: readonly Slot[][], boxGap: number): void {
  const ownSlot = new Map<number, Slot>();
  for (const slot of rows.flat()) if (slot.node >= 0) ownSlot.set(slot.node, slot);
  const sources = nodes.map(() => [] as Slot[]);
  edges.forEach((edge, j) => sources[edge.to]!.push(chains[j]![0]!));

  for (const row of rows) {
    const wish = row.map((slot) => {
      const from = slot.node >= 0 ? sources[slot.node]! : slot.preds;
      return from.length === 0 ? 0 : from.reduce((sum, s) => sum + s.x, 0) / from.length;
    });
    const weight = row.map((slot) => (slot.node >= 0 ? 1 : DUMMY_WEIGHT));
    // slot i must be at least offset[i] − offset[i−1] right of slot i−1; solve for the shift past that
    const offset: number[] = [];
    row.forEach((slot, i) => {
      if (i === 0) offset.push(0);
      else {
        const prev = row[i - 1]!;
        const gap = slot.node >= 0 && prev.node >= 0 ? boxGap : DUMMY_GAP;
        offset.push(offset[i - 1]! + (prev.width + slot.width) / 2 + gap);
      }
    });
    const shifts = isotonic(wish.map((w, i) => w - offset[i]!), weight);
    row.forEach((slot, i) => { slot.x = offset[i]! + shifts[i]!; });
  }
}

/** The non-decreasing sequence nearest `values` in weighted least squares (pool adjacent violators). */
function isotonic(values: readonly number[], weights: readonly number[]): number[] {
  const blocks: Array<{ value: number; weight: number; count: number }> = [];
  values.forEach((value, i) => {
    blocks.push({ value, weight: weights[i]!, count: 1 });
    while (blocks.length > 1 && blocks[blocks.length - 2]!.value > blocks[blocks.length - 1]!.value) {
      const b = blocks.pop()!;
      const a = blocks[blocks.length - 1]!;
      a.value = (a.value * a.weight + b.value * b.weight) / (a.weight + b.weight);
      a.weight += b.weight;
      a.count += b.count;
    }
  });
  return blocks.flatMap((b) => new Array<number>(b.count).fill(b.value));
}

/**
 * Where each edge leaves its source and enters its target, as an x. One edge out of (or
 * into) a box uses its middle; several use the points of the box edge nearest where they go
 * (so a residual shortcut leaves and enters at the side it runs down), spread evenly along
 * the box edge, in the order of where they go, when those would be too close to tell apart.
 */
function portsOf(nodes: readonly LayoutNode[], edges: readonly LayoutEdge[], chains: readonly Slot[][], rows: readonly Slot[][]): { out: number[]; in: number[] } {
  const centre = new Map<number, number>();
  for (const slot of rows.flat()) if (slot.node >= 0) centre.set(slot.node, slot.x);
  const out = new Array<number>(edges.length).fill(0);
  const into = new Array<number>(edges.length).fill(0);
  const assign = (ports: number[], node: number, js: number[], toward: (j: number) => number) => {
    const mid = centre.get(node)!;
    if (js.length === 1) {
      ports[js[0]!] = mid;
      return;
    }
    const lo = mid - nodes[node]!.width / 2 + PORT_INSET;
    const hi = mid + nodes[node]!.width / 2 - PORT_INSET;
    const sorted = [...js].sort((a, b) => toward(a) - toward(b) || a - b);
    const wished = sorted.map((j) => Math.min(hi, Math.max(lo, toward(j))));
    const crowded = wished.some((x, i) => i > 0 && x - wished[i - 1]! < PORT_MIN_GAP);
    sorted.forEach((j, i) => {
      ports[j] = Math.round(crowded ? lo + (hi - lo) * (sorted.length === 1 ? 0.5 : i / (sorted.length - 1)) : wished[i]!);
    });
  };
  const outgoing = nodes.map(() => [] as number[]);
  const incoming = nodes.map(() => [] as number[]);
  edges.forEach((edge, j) => {
    outgoing[edge.from]!.push(j);
    incoming[edge.to]!.push(j);
  });
  nodes.forEach((_, i) => {
    if (outgoing[i]!.length > 0) assign(out, i, outgoing[i]!, (j) => chains[j]![1]!.x);
    if (incoming[i]!.length > 0) assign(into, i, incoming[i]!, (j) => chains[j]![chains[j]!.length - 2]!.x);
  });
  return { out, in: into };
}

/**
 * For each gap between two ranks, the level each sideways run of an edge crosses it on
 * (keyed `edge:step`, 0 the highest), so runs that would overlap are drawn at different
 * heights. Of two overlapping runs, the one goes higher whose vertical legs the other would
 * otherwise cut through (a run's leg down from its start crosses every run above it that
 * spans that x; its leg into its end crosses every run below it that spans that x).
 */
function gapLevels(
  rows: readonly Slot[][], ranks: readonly number[], edges: readonly LayoutEdge[], chains: readonly Slot[][], ports: { out: number[]; in: number[] },
): Array<{ count: number; of: Map<string, number> }> {
  const runs: Run[][] = rows.map(() => []);
  edges.forEach((edge, j) => {
    const chain = chains[j]!;
    for (let k = 1; k < chain.length; k++) {
      const start = k === 1 ? ports.out[j]! : chain[k - 1]!.x;
      const end = k === chain.length - 1 ? ports.in[j]! : chain[k]!.x;
      if (start !== end) runs[ranks[edge.from]! + k - 1]!.push({ key: `${j}:${k}`, start, end, lo: Math.min(start, end), hi: Math.max(start, end) });
    }
  });
  return runs.map((gap) => {
    const sorted = [...gap].sort((a, b) => cutsAbove(a, b) - cutsAbove(b, a) || a.lo - b.lo || a.hi - b.hi);
    const of = new Map<string, number>();
    let count = 0;
    sorted.forEach((run, i) => {
      // below every earlier run it overlaps; as high as that allows
      let level = 0;
      for (const earlier of sorted.slice(0, i)) {
        if (earlier.lo <= run.hi + LEVEL_CLEARANCE && run.lo <= earlier.hi + LEVEL_CLEARANCE) level = Math.max(level, of.get(earlier.key)! + 1);
      }
      of.set(run.key, level);
      count = Math.max(count, level + 1);
    });
    return { count, of };
  });
}

/** A sideways stretch of an edge's line in one gap. */
interface Run {
  key: string;
  start: number;
  end: number;
  lo: number;
  hi: number;
}

/** How many legs cross when `a` runs above `b`: b's leg from its start through a, a's leg to its end through b. */
function cutsAbove(a: Run, b: Run): number {
  const within = (x: number, r: Run) => (x >= r.lo && x <= r.hi ? 1 : 0);
  return within(b.start, a) + within(a.end, b);
}

/** A gap with `levels` sideways runs is tall enough for each to be told apart and each arrow's last leg to show its head. */
function gapHeight(levels: number, rankGap: number): number {
  return Math.max(rankGap, (levels + 1) * LEVEL_STEP);
}

/** Drops corners that lie on a straight line between their neighbours. */
function simplify(points: Array<{ x: number; y: number }>): Array<{ x: number; y: number }> {
  const kept: Array<{ x: number; y: number }> = [];
  for (const p of points) {
    const last = kept[kept.length - 1];
    if (last && last.x === p.x && last.y === p.y) continue;
    const before = kept[kept.length - 2];
    if (last && before && ((before.x === last.x && last.x === p.x) || (before.y === last.y && last.y === p.y))) kept.pop();
    kept.push(p);
  }
  return kept;
}
