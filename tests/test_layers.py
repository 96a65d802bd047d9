"""The package's layers: imports point one way, and the installed package ships no test double."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.support.env import ROOT

# Lower numbers sit lower; a module may import its own layer and the layers below it.
LAYERS = {
    "bot.language": 0, "bot.domain": 0, "bot.config": 0, "bot.errors": 0, "bot.logs": 0, "bot.cache": 0,
    "bot.measures": 0,
    "bot.documents": 1,
    "bot.search": 2,
    "bot.answers": 3,
    "bot.app": 4,
    "bot.evaluation": 5, "bot.cli": 5, "bot.telegram": 5, "bot.__main__": 5,
}


def layer(module: str) -> int:
    return next(n for prefix, n in LAYERS.items() if module == prefix or module.startswith(prefix + "."))


def imports(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] in ("bot", "tests"):
            found.append(node.module if node.module != "bot" else f"bot.{node.names[0].name}")
        elif isinstance(node, ast.Import):
            found.extend(a.name for a in node.names if a.name.split(".")[0] in ("bot", "tests"))
    return found


def modules() -> dict[str, Path]:
    out = {}
    for path in sorted((ROOT / "bot").rglob("*.py")):
        name = ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
        out[name] = path
    return out


def test_no_module_imports_a_layer_above_its_own() -> None:
    upward = [
        f"{name} imports {target}"
        for name, path in modules().items()
        if name != "bot"
        for target in imports(path)
        if target.startswith("bot.") and layer(target) > layer(name)
    ]
    assert upward == []


def test_the_package_holds_no_test_double_or_test_data_path() -> None:
    for name, path in modules().items():
        text = path.read_text(encoding="utf-8")
        assert not any(t.startswith("tests") for t in imports(path)), name
        assert "tests/data" not in text and "fake" not in name, name
