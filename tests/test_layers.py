"""The layers only look down: knowledge < records < handlers < bot, and knowledge never sees Telegram."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ORDER = ["knowledge", "records", "handlers", "bot"]


def _imports(package: str) -> set[tuple[str, str]]:
    found = set()
    for path in (ROOT / package).rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found |= {(str(path.relative_to(ROOT)), alias.name.split(".")[0]) for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                found.add((str(path.relative_to(ROOT)), node.module.split(".")[0]))
    return found


@pytest.mark.parametrize("package", ORDER)
def test_a_layer_imports_no_layer_above_it(package: str) -> None:
    above = set(ORDER[ORDER.index(package) + 1 :])
    wrong = sorted((file, module) for file, module in _imports(package) if module in above)
    assert wrong == []


@pytest.mark.parametrize("package", ["knowledge", "records"])
def test_the_lower_layers_do_not_import_telegram(package: str) -> None:
    assert not [file for file, module in _imports(package) if module == "telegram"]
