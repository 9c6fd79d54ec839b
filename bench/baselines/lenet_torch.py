#!/usr/bin/env python3
"""PyTorch baseline for lenetc's training benchmark.

Builds the network a lenetc spec describes (from the checked model as JSON, written by
`bench/baselines/export-specs.ts` or by `bench/compare.ts`), trains it on the same
Fashion-MNIST images with the same batch size and optimizer, and prints one JSON line per
batch size in the shape `npm run bench` prints:
  {"spec", "backend": "pytorch-cpu"|"pytorch-cuda", "batch", "images_per_s", "threads", "device", ...}

Each step uploads its batch from host memory, as lenetc's tfjs trainers do, unless --resident
keeps the images on the device (as lenetc's compiled WebGPU engine does) and gathers each batch
there. --mode graph captures one training step in a CUDA graph (torch.cuda.CUDAGraph) and
replays it, the fastest way PyTorch runs a small network's step. Timing ends with a device
synchronization, so queued GPU work is counted. Works with PyTorch 1.13 and 2.x.
"""
import argparse
import gzip
import json
import math
import os
import platform
import struct
import sys
import time

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

DATA_FILES = ("train-images-idx3-ubyte", "train-labels-idx1-ubyte")


def data_file(directory, name):
    """`name` in `directory` as lenetc reads it: raw IDX, or gzipped (`name.gz`); None if neither."""
    for candidate in (name, name + ".gz"):
        path = os.path.join(directory, candidate)
        if os.path.isfile(path):
            return path
    return None


def open_data(path):
    return gzip.open(path) if path.endswith(".gz") else open(path, "rb")


def find_data_dir(explicit, dataset):
    """--data, then $LENETC_DATA_DIR, then /usr/share/datasets: each as DIR or DIR/<dataset>."""
    roots = [explicit, os.environ.get("LENETC_DATA_DIR"), "/usr/share/datasets"]
    for root in filter(None, roots):
        for d in (os.path.join(root, dataset), root):
            if all(data_file(d, f) for f in DATA_FILES):
                return d
    return None


def load_images(directory, limit):
    """The first `limit` training images as float32 N×1×H×W in [0, 1], and their labels."""
    with open_data(data_file(directory, DATA_FILES[0])) as f:
        magic, n, h, w = struct.unpack(">IIII", f.read(16))
        if magic != 2051:
            raise SystemExit(f"lenet_torch: {directory}: not an IDX image file")
        n = min(n, limit)
        pixels = np.frombuffer(f.read(n * h * w), dtype=np.uint8)
    with open_data(data_file(directory, DATA_FILES[1])) as f:
        f.read(8)
        labels = np.frombuffer(f.read(n), dtype=np.uint8)
    images = torch.from_numpy(pixels.astype(np.float32) / 255.0).reshape(n, 1, h, w)
    return images, torch.from_numpy(labels.astype(np.int64))


def same_padding(size, kernel, stride):
    """TensorFlow's 'same' padding for one dimension: (before, after)."""
    out = math.ceil(size / stride)
    total = max((out - 1) * stride + kernel - size, 0)
    return total // 2, total - total // 2


class Pad(nn.Module):
    """Asymmetric constant padding (tfjs 'same' and explicit padding can be uneven)."""

    def __init__(self, left, right, top, bottom, value=0.0):
        super().__init__()
        self.pad = (left, right, top, bottom)
        self.value = value

    def forward(self, x):
        return F.pad(x, self.pad, value=self.value)


ACTIVATIONS = {
    "none": None, "linear": None, "sigmoid": nn.Sigmoid, "relu": nn.ReLU, "relu6": nn.ReLU6,
    "tanh": nn.Tanh, "elu": nn.ELU, "selu": nn.SELU, "gelu": nn.GELU, "gelu_new": nn.GELU,
    "softplus": nn.Softplus, "softsign": nn.Softsign, "swish": nn.SiLU, "mish": nn.Mish,
    "hard_sigmoid": nn.Hardsigmoid, "softmax": None,
}


def init_weight(weight, name):
    """The spec's initializer (Xavier in both benchmark specs)."""
    if name in ("xavier_uniform", "glorot_uniform"):
        nn.init.xavier_uniform_(weight)
    elif name in ("xavier_normal", "glorot_normal"):
        nn.init.xavier_normal_(weight)
    elif name == "he_uniform":
        nn.init.kaiming_uniform_(weight, nonlinearity="relu")
    elif name == "he_normal":
        nn.init.kaiming_normal_(weight, nonlinearity="relu")
    elif name == "zeros":
        nn.init.zeros_(weight)
    elif name == "ones":
        nn.init.ones_(weight)
    else:
        nn.init.xavier_uniform_(weight)


def build(model):
    """nn.Sequential for a checked lenetc model (its `layers`, `input` [H, W, C])."""
    h, w, c = model["input"]
    flat = None
    layers = []
    for layer in model["layers"]:
        kind = layer["kind"]
        if kind == "conv":
            (kh, kw), (sh, sw) = layer["kernel"], layer["stride"]
            pad = layer["padding"]
            if pad == "same":
                top, bottom = same_padding(h, kh, sh)
                left, right = same_padding(w, kw, sw)
            elif pad == "valid":
                top = bottom = left = right = 0
            else:
                top, bottom, left, right = pad["top"], pad["bottom"], pad["left"], pad["right"]
            if top == bottom and left == right:
                conv = nn.Conv2d(c, layer["filters"], (kh, kw), (sh, sw), (top, left), bias=layer["bias"])
            else:
                layers.append(Pad(left, right, top, bottom))
                conv = nn.Conv2d(c, layer["filters"], (kh, kw), (sh, sw), bias=layer["bias"])
            init_weight(conv.weight, layer["init"])
            if conv.bias is not None:
                nn.init.zeros_(conv.bias)
            layers.append(conv)
            h = (h + top + bottom - kh) // sh + 1
            w = (w + left + right - kw) // sw + 1
            c = layer["filters"]
            act = ACTIVATIONS.get(layer["activation"])
            if act:
                layers.append(act())
        elif kind == "pool":
            (kh, kw), (sh, sw) = layer["size"], layer["stride"]
            if layer["padding"] == "same":
                top, bottom = same_padding(h, kh, sh)
                left, right = same_padding(w, kw, sw)
                if top or bottom or left or right:
                    layers.append(Pad(left, right, top, bottom, -math.inf if layer["type"] == "max" else 0.0))
                h, w = h + top + bottom, w + left + right
            pool = nn.MaxPool2d if layer["type"] == "max" else nn.AvgPool2d
            layers.append(pool((kh, kw), (sh, sw)))
            h = (h - kh) // sh + 1
            w = (w - kw) // sw + 1
        elif kind == "flatten":
            layers.append(nn.Flatten())
            flat = h * w * c
        elif kind == "dense":
            dense = nn.Linear(flat, layer["units"], bias=layer["bias"])
            init_weight(dense.weight, layer["init"])
            if dense.bias is not None:
                nn.init.zeros_(dense.bias)
            layers.append(dense)
            flat = layer["units"]
            act = ACTIVATIONS.get(layer["activation"])
            if act:
                layers.append(act())
        elif kind == "dropout":
            layers.append(nn.Dropout(layer["rate"]))
        elif kind == "batchnorm":
            # Keras momentum is the kept fraction; PyTorch's is the new one
            args = dict(eps=layer["epsilon"], momentum=1 - layer["momentum"])
            layers.append(nn.BatchNorm2d(c, **args) if flat is None else nn.BatchNorm1d(flat, **args))
        elif kind == "activation":
            act = ACTIVATIONS.get(layer["activation"])
            if act:
                layers.append(act())
        else:
            raise SystemExit(f"lenet_torch: layer kind {kind!r} is not supported")
    return nn.Sequential(*layers)


def optimizer_for(model, params):
    """The spec's optimizer at its learning rate."""
    train = model["train"]
    opt, lr = train["optimizer"], train["lr"]
    if opt["type"] == "sgd":
        return torch.optim.SGD(params, lr=lr)
    if opt["type"] == "momentum":
        return torch.optim.SGD(params, lr=lr, momentum=opt["momentum"], nesterov=opt["nesterov"])
    if opt["type"] == "adam":
        return torch.optim.Adam(params, lr=lr, betas=(opt["beta1"], opt["beta2"]), eps=opt["epsilon"])
    if opt["type"] == "rmsprop":
        return torch.optim.RMSprop(params, lr=lr, alpha=opt["rho"], momentum=opt["momentum"], eps=opt["epsilon"])
    raise SystemExit(f"lenet_torch: optimizer {opt['type']!r} is not supported")


def measure(model, images, labels, batch, device, warmup, steps, min_seconds, mode="eager", resident=False):
    """Training images per second: `warmup` untimed steps, then timed rounds of `steps` until min_seconds."""
    torch.manual_seed(model["train"].get("seed", 0))
    net = build(model).to(device)
    opt = optimizer_for(model, net.parameters())
    probabilities = model["layers"][-1].get("activation") == "softmax"
    count = images.shape[0]
    if resident:
        images, labels = images.to(device), labels.to(device)
    cursor = 0

    def next_index():
        nonlocal cursor
        index = (torch.arange(batch, device=images.device) + cursor) % count
        cursor = (cursor + batch) % count
        return index

    def train_step(x, y):
        out = net(x)
        loss = F.nll_loss(torch.log(out.clamp(1e-7, 1)), y) if probabilities else F.cross_entropy(out, y)
        opt.zero_grad(set_to_none=False)
        loss.backward()
        opt.step()
        return loss

    def step():
        index = next_index()
        # uploaded every step unless resident, as lenetc's tfjs batches are
        return train_step(images[index].to(device), labels[index].to(device))

    if mode == "graph":
        if device.type != "cuda":
            raise SystemExit("lenet_torch: --mode graph needs --device cuda")
        static_x = images[next_index()].to(device).clone()
        static_y = labels[next_index()].to(device).clone()
        # warm up on a side stream (creates the optimizer's state), then capture one step
        side = torch.cuda.Stream()
        side.wait_stream(torch.cuda.current_stream())
        with torch.cuda.stream(side):
            for _ in range(max(warmup, 3)):
                train_step(static_x, static_y)
        torch.cuda.current_stream().wait_stream(side)
        graph = torch.cuda.CUDAGraph()
        with torch.cuda.graph(graph):
            static_loss = train_step(static_x, static_y)

        def step():
            index = next_index()
            static_x.copy_(images[index].to(device, non_blocking=True))
            static_y.copy_(labels[index].to(device, non_blocking=True))
            graph.replay()
            return static_loss

    def sync():
        if device.type == "cuda":
            torch.cuda.synchronize()

    for _ in range(warmup):
        step()
    sync()
    done = 0
    started = time.perf_counter()
    while True:
        for _ in range(steps):
            loss = step()
        last = loss.item()  # waits for the round's queued work
        sync()
        done += steps
        elapsed = time.perf_counter() - started
        if elapsed >= min_seconds:
            return done * batch / elapsed, done, elapsed, last


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--model", required=True, help="the checked model as JSON (lenetc's NetModel)")
    p.add_argument("--spec", help="the name printed as 'spec' (default: the model file)")
    p.add_argument("--batch", default="128", help="batch sizes, comma-separated")
    p.add_argument("--device", default="cpu", choices=["cpu", "cuda"])
    p.add_argument("--threads", type=int, help="CPU threads (torch.set_num_threads)")
    p.add_argument("--data", help="folder with the IDX files, raw or .gz (or its parent)")
    p.add_argument("--random-images", action="store_true", help="time random images when the data set is not found (else it is an error)")
    p.add_argument("--train-limit", type=int, default=10000)
    p.add_argument("--warmup", type=int, default=3)
    p.add_argument("--steps", type=int, default=20)
    p.add_argument("--min-seconds", type=float, default=3.0)
    p.add_argument("--mode", default="eager", choices=["eager", "graph"], help="graph: replay a captured CUDA graph")
    p.add_argument("--resident", action="store_true", help="keep the images on the device")
    args = p.parse_args()

    with open(args.model) as f:
        model = json.load(f)
    if args.threads:
        torch.set_num_threads(args.threads)
    if args.device == "cuda" and not torch.cuda.is_available():
        raise SystemExit("lenet_torch: --device cuda but torch.cuda.is_available() is false")
    device = torch.device(args.device)
    dataset = model["train"]["dataset"]
    directory = find_data_dir(args.data, dataset)
    if directory:
        images, labels = load_images(directory, args.train_limit)
        source = directory
    elif not args.random_images:
        raise SystemExit(f"lenet_torch: {dataset} not found (looked in --data, $LENETC_DATA_DIR and /usr/share/datasets, for raw or .gz IDX files)")
    else:
        print(f"lenet_torch: {dataset} not found; timing on random images", file=sys.stderr)
        h, w, c = model["input"]
        images = torch.rand(args.train_limit, c, h, w)
        labels = torch.randint(0, 10, (args.train_limit,))
        source = "random"
    if args.device == "cuda":
        name = torch.cuda.get_device_name(0)
    else:
        name = platform.processor() or platform.machine()
    for batch in [int(b) for b in args.batch.split(",")]:
        rate, steps, seconds, loss = measure(model, images, labels, batch, device, args.warmup, args.steps, args.min_seconds, args.mode, args.resident)
        print(json.dumps({
            "spec": args.spec or args.model, "backend": f"pytorch-{args.device}" + ("-graph" if args.mode == "graph" else ""), "batch": batch,
            "images_per_s": round(rate), "threads": torch.get_num_threads(),
            "device": f"pytorch {torch.__version__} on {name}", "steps": steps,
            "seconds": round(seconds, 3), "loss": round(loss, 4), "data": source,
        }), flush=True)


if __name__ == "__main__":
    main()
