/** A small builder for an ONNX graph: unique names, nodes, attributes and initializers. */
import { ATTRIBUTE_TYPE, DATA_TYPE, type AttributeProto, type NodeProto, type TensorProto } from './proto.js';

/** An attribute value: integer, float, int list or string. */
export type AttributeValue = number | readonly number[] | string | { float: number };

/** Nodes and initializers in the order they are added, every name unique. */
export class GraphBuilder {
  readonly nodes: NodeProto[] = [];
  readonly initializers: TensorProto[] = [];
  private readonly taken = new Set<string>();

  /** `base`, or `base_2`, `base_3`... if it is taken: node and tensor names share one space. */
  unique(base: string): string {
    let name = base;
    for (let n = 2; this.taken.has(name); n++) name = `${base}_${n}`;
    this.taken.add(name);
    return name;
  }

  /** Adds one `op` node reading `inputs`; returns the name of its one output (also the node's name). */
  node(op: string, inputs: readonly string[], name: string, attributes: Record<string, AttributeValue> = {}): string {
    const output = this.unique(name);
    this.nodes.push({ name: output, op_type: op, input: [...inputs], output: [output], attribute: Object.entries(attributes).map(([key, value]) => attribute(key, value)) });
    return output;
  }

  /** A float32 initializer of `dims` holding `data`. */
  floats(name: string, dims: readonly number[], data: Float32Array): string {
    const unique = this.unique(name);
    // raw_data is little-endian: copy through a DataView so a big-endian host writes it right too
    const bytes = new Uint8Array(data.length * 4);
    const view = new DataView(bytes.buffer);
    data.forEach((v, i) => view.setFloat32(4 * i, v, true));
    this.initializers.push({ name: unique, dims: [...dims], data_type: DATA_TYPE.FLOAT, raw_data: bytes });
    return unique;
  }

  /** A float32 scalar initializer. */
  scalar(name: string, value: number): string {
    return this.floats(name, [], Float32Array.of(value));
  }

  /** Renames the tensor `from` to `to` wherever a node writes or reads it (for the graph's output). */
  rename(from: string, to: string): void {
    for (const node of this.nodes) {
      node.output = node.output.map((n) => (n === from ? to : n));
      node.input = node.input.map((n) => (n === from ? to : n));
    }
  }
}

function attribute(name: string, value: AttributeValue): AttributeProto {
  if (typeof value === 'string') return { name, type: ATTRIBUTE_TYPE.STRING, s: new TextEncoder().encode(value) };
  if (typeof value === 'number') return { name, type: ATTRIBUTE_TYPE.INT, i: value };
  if ('float' in value) return { name, type: ATTRIBUTE_TYPE.FLOAT, f: value.float };
  return { name, type: ATTRIBUTE_TYPE.INTS, ints: [...value] };
}
