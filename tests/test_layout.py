"""The package layout (issue 12): imports flow one way, no circle, short modules and functions.

The import graph is read from the source with ``ast`` (every import statement,
also the ones inside functions), so a lazy import cannot hide a circle.
Layers, lowest first: ``core``; the stages in data-flow order (``segment``,
``organizations``, ``dates``, ``commitments``, ``answers``, ``export``, the corpus stage
``threads``); ``runner``;
``tools``; the command line (``cli``, ``__main__``). A module imports only
its own layer or lower ones, and a stage only itself or earlier stages.
"""
import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "pipeline"
STAGES = ("segment", "organizations", "dates", "commitments", "answers", "export", "threads")
MAX_MODULE_LINES = 600
MAX_FUNCTION_LINES = 80


def module_name(path):
    rel = path.relative_to(PACKAGE.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules():
    return {module_name(p): p for p in sorted(PACKAGE.rglob("*.py")) if "__pycache__" not in p.parts}


def imports_of(name, path, known):
    """The pipeline modules ``name`` imports (``from pkg import mod`` counts as importing ``pkg.mod``)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.split(".")[0] == "pipeline")
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[:len(base) - (node.level - 1)]
                source = ".".join(base + ([node.module] if node.module else []))
            else:
                source = node.module or ""
            if source.split(".")[0] != "pipeline":
                continue
            for alias in node.names:
                sub = f"{source}.{alias.name}"
                found.add(sub if sub in known else source)
    return found - {name}


def graph():
    known = modules()
    return {name: {m for m in imports_of(name, path, known) if m in known} for name, path in known.items()}


def layer(name):
    """(layer, stage rank) of a module: its place in the one-way flow."""
    parts = name.split(".")
    top = parts[1] if len(parts) > 1 else ""
    if top == "core" or name == "pipeline":
        return (0, 0)
    if top in STAGES:
        return (1, STAGES.index(top))
    if top == "runner":
        return (2, 0)
    if top == "tools":
        return (3, 0)
    if top in ("cli", "__main__"):
        return (4, 0)
    raise AssertionError(f"{name}: a module outside the known layers; add it to tests/test_layout.py")


def test_every_module_has_a_layer():
    for name in modules():
        layer(name)


def test_no_import_circle():
    g = graph()
    state = {}
    path = []

    def visit(n):
        state[n] = "open"
        path.append(n)
        for m in sorted(g[n]):
            if state.get(m) == "open":
                cycle = path[path.index(m):] + [m]
                pytest.fail("import circle: " + " -> ".join(cycle))
            if m not in state:
                visit(m)
        path.pop()
        state[n] = "done"

    for n in sorted(g):
        if n not in state:
            visit(n)


def test_imports_flow_one_way():
    """core <- stages (in data-flow order) <- runner <- tools <- cli; never upwards."""
    wrong = []
    for name, deps in sorted(graph().items()):
        here = layer(name)
        for dep in sorted(deps):
            there = layer(dep)
            if dep == "pipeline":
                continue  # the package itself: __version__
            if there[0] > here[0] or (there[0] == here[0] == 1 and there[1] > here[1]):
                wrong.append(f"{name} imports {dep}")
    assert not wrong, "imports against the flow:\n" + "\n".join(wrong)


def test_stages_never_import_the_runner_tools_or_cli():
    bad = [f"{name} imports {dep}" for name, deps in sorted(graph().items()) if layer(name)[0] <= 1
           for dep in sorted(deps) if layer(dep)[0] >= 2]
    assert not bad, "\n".join(bad)


def test_the_layer_check_sees_lazy_imports(tmp_path):
    """A function-level import counts: a stage that imported the runner inside its CLI is caught."""
    path = PACKAGE / "segment" / "__init__.py"
    src = path.read_text(encoding="utf-8") + "\n\ndef main(argv):\n    from .runner.run import run_stages\n"
    fake = tmp_path / "segment.py"
    fake.write_text(src, encoding="utf-8")
    assert "pipeline.runner.run" in imports_of("pipeline.segment", fake, modules())


@pytest.mark.parametrize("name", sorted(modules()))
def test_module_is_short(name):
    path = modules()[name]
    n = len(path.read_text(encoding="utf-8").splitlines())
    assert n <= MAX_MODULE_LINES, f"{path}: {n} lines, more than {MAX_MODULE_LINES}: split it"


def test_functions_are_short():
    long = []
    for name, path in sorted(modules().items()):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                n = node.end_lineno - node.lineno + 1
                if n > MAX_FUNCTION_LINES:
                    long.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno} {node.name}: {n} lines")
    assert not long, f"functions over {MAX_FUNCTION_LINES} lines (split them into named steps):\n" + "\n".join(long)
