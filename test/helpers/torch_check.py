"""Runs lenetc's emitted PyTorch modules for test/pytorch.test.ts.

Reads a JSON list of jobs from the file named on the command line and prints one JSON object
per job, in order. With --serve instead, it prints {"torch": version} and then answers job files
named on stdin, one per line, each with its objects and {"end": true}: importing torch takes
seconds, so a test file starts it once. A job names a module file and says what to do with it:

  {"module": "/tmp/x/model.py", "class": "Lenet5", "input": [1, 28, 28],
   "layers": {"conv1": "conv1", ...},      # spec layer -> submodule whose output is that layer's
   "load": "/tmp/x",                       # optional: the module's load(dir) builds the network
   "images": "/tmp/x/in.bin", "count": 20, # optional: float32 NCHW inputs, little-endian
   "idx": "/tmp/t10k-images-idx3-ubyte.gz" # optional instead: the first `count` images of an IDX file
   "seed": 1,
   "train_step": true}                     # optional: then one forward in training mode, for batch norm


and gets back what the test compares with lenetc: whether the file compiles (py_compile), the
imports and top-level definitions nothing uses (read with ast), TRAINING, the parameter and
buffer counts, each layer's output shape (forward hooks, batch left out), the outputs for the
given inputs, each conv and dense kernel's size, fans and statistics, and after a training step
each batch norm's input mean and running mean.
"""
import ast
import gzip
import importlib.util
import itertools
import json
import py_compile
import sys

import torch


def unused_names(source):
    """Imports and top-level functions and classes that the module never refers to."""
    tree = ast.parse(source)
    defined = {}
    for node in tree.body:
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            for alias in node.names:
                defined[(alias.asname or alias.name).split(".")[0]] = "import"
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            defined[node.name] = "def"
    used = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name):
            used.add(node.id)
        elif isinstance(node, ast.Attribute):
            root = node
            while isinstance(root, ast.Attribute):
                root = root.value
            if isinstance(root, ast.Name):
                used.add(root.id)
    return sorted(name for name in defined if name not in used)


def inputs(job):
    """The job's input batch, NCHW float32."""
    c, h, w = job["input"]
    count = job.get("count", 2)
    if "images" in job:
        with open(job["images"], "rb") as f:
            data = f.read()
        return torch.frombuffer(bytearray(data), dtype=torch.float32).reshape(count, c, h, w)
    if "idx" in job:
        with gzip.open(job["idx"], "rb") as f:
            data = f.read()[16:16 + count * c * h * w]
        return (torch.tensor(list(data), dtype=torch.float32) / 255.0).reshape(count, c, h, w)
    torch.manual_seed(job.get("seed", 0))
    return torch.rand(count, c, h, w)


def run(number, job):
    result = {}
    with open(job["module"], encoding="utf-8") as f:
        source = f.read()
    py_compile.compile(job["module"], doraise=True)
    result["unused"] = unused_names(source)
    spec = importlib.util.spec_from_file_location(f"lenetc_module_{number}", job["module"])
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    result["training"] = module.TRAINING
    torch.manual_seed(job.get("seed", 0))
    model = module.load(job["load"]) if "load" in job else getattr(module, job["class"])()
    model.eval()
    result["class"] = type(model).__name__
    result["classes"] = getattr(model, "classes", None)
    result["trainable"] = sum(p.numel() for p in model.parameters() if p.requires_grad)
    result["params"] = sum(p.numel() for p in model.parameters()) + sum(
        b.numel() for name, b in model.named_buffers() if not name.endswith("num_batches_tracked"))
    shapes = {}
    for layer, name in job["layers"].items():
        def hook(_module, _inputs, output, layer=layer):
            shapes[layer] = list(output.shape[1:])
        model.get_submodule(name).register_forward_hook(hook)
    x = inputs(job)
    with torch.no_grad():
        y = model(x)
    result["shapes"] = shapes
    result["outputs"] = y.flatten().tolist()
    result["kernels"] = {
        name: {"count": m.weight.numel(), "fan_in": m.weight[0].numel(), "fan_out": m.weight.shape[0] * m.weight[0][0].numel(),
               "std": m.weight.std(unbiased=False).item(), "mean": m.weight.mean().item(), "max": m.weight.abs().max().item()}
        for name, m in model.named_modules() if isinstance(m, (torch.nn.Conv2d, torch.nn.Linear))}
    if job.get("train_step"):
        result["batchnorm"] = train_step(model, x)
    return result


def train_step(model, x):
    """One forward in training mode: each batch norm's batch mean and the running mean it leaves."""
    norms = {name: m for name, m in model.named_modules() if isinstance(m, torch.nn.modules.batchnorm._BatchNorm)}
    means = {}
    for name, m in norms.items():
        def hook(_module, inputs, name=name):
            dims = [d for d in range(inputs[0].dim()) if d != 1]
            means[name] = inputs[0].mean(dim=dims).tolist()
        m.register_forward_pre_hook(hook)
    model.train()
    with torch.no_grad():
        model(x)
    return {name: {"batch_mean": means[name], "running_mean": m.running_mean.tolist()} for name, m in norms.items()}


def answer(jobs_file, numbers):
    with open(jobs_file, encoding="utf-8") as f:
        jobs = json.load(f)
    for job in jobs:
        try:
            print(json.dumps(run(next(numbers), job)), flush=True)
        except Exception as e:  # reported per job, so one broken module does not hide the others
            print(json.dumps({"error": f"{type(e).__name__}: {e}"}), flush=True)


def main():
    numbers = itertools.count()  # each module imported under a name of its own
    if sys.argv[1:] != ["--serve"]:
        answer(sys.argv[1], numbers)
        return
    print(json.dumps({"torch": torch.__version__}), flush=True)
    for line in sys.stdin:
        answer(line.rstrip("\n"), numbers)
        print(json.dumps({"end": True}), flush=True)


if __name__ == "__main__":
    main()
