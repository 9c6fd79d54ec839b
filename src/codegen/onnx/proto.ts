/**
 * ONNX's protobuf messages, through protobufjs and the descriptor compiled from ONNX's own
 * onnx.proto (scripts/embed-onnx-proto.mjs): the exporter builds plain objects shaped like the
 * messages and this encodes them; no byte of the format is written by hand.
 */
import protobuf from 'protobufjs/light.js';
import { ONNX_PROTO } from './onnx-proto.generated.js';

/** TensorProto.DataType values we use. */
export const DATA_TYPE = { FLOAT: 1 } as const;

/** AttributeProto.AttributeType values we use. */
export const ATTRIBUTE_TYPE = { FLOAT: 1, INT: 2, STRING: 3, INTS: 7 } as const;

/** A TensorProto: float32 weights as little-endian bytes in raw_data. */
export interface TensorProto {
  name: string;
  dims: number[];
  data_type: number;
  raw_data?: Uint8Array;
  doc_string?: string;
}

/** An AttributeProto of one of the types in ATTRIBUTE_TYPE. */
export interface AttributeProto {
  name: string;
  type: number;
  f?: number;
  i?: number;
  s?: Uint8Array;
  ints?: number[];
}

/** A NodeProto: one operator call. */
export interface NodeProto {
  name: string;
  op_type: string;
  input: string[];
  output: string[];
  attribute: AttributeProto[];
  doc_string?: string;
}

/** One dimension of a tensor type: a number, or a name for a size fixed only at run time. */
export type Dim = { dim_value: number } | { dim_param: string };

/** A ValueInfoProto for a float tensor. */
export interface ValueInfoProto {
  name: string;
  type: { tensor_type: { elem_type: number; shape: { dim: Dim[] } } };
  doc_string?: string;
}

/** A GraphProto. */
export interface GraphProto {
  name: string;
  node: NodeProto[];
  initializer: TensorProto[];
  input: ValueInfoProto[];
  output: ValueInfoProto[];
  doc_string?: string;
}

/** A ModelProto. */
export interface ModelProto {
  ir_version: number;
  opset_import: { domain: string; version: number }[];
  producer_name: string;
  producer_version: string;
  model_version?: number;
  doc_string?: string;
  graph: GraphProto;
  metadata_props: { key: string; value: string }[];
}

let modelType: protobuf.Type | undefined;

function modelProto(): protobuf.Type {
  modelType ??= protobuf.Root.fromJSON(ONNX_PROTO as protobuf.INamespace).lookupType('onnx.ModelProto');
  return modelType;
}

/** The .onnx file's bytes for `model`; throws (a bug of ours) if it does not fit ONNX's schema. */
export function encodeModel(model: ModelProto): Uint8Array {
  const type = modelProto();
  const problem = type.verify(model);
  if (problem) throw new Error(`encodeModel: not an onnx.ModelProto: ${problem}`);
  return type.encode(type.fromObject(model)).finish();
}

/** Decodes an .onnx file's bytes back into plain objects (int64 as numbers, bytes as Uint8Array). */
export function decodeModel(bytes: Uint8Array): ModelProto {
  const type = modelProto();
  return type.toObject(type.decode(bytes), { longs: Number, arrays: true, defaults: false }) as ModelProto;
}
