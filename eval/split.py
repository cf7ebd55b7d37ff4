"""Split a blind question file into a half to tune on and a half held out, the same way every time.

Items are grouped by their labels (style, and kind/situation/topic where present) and, inside
each group, alternate between the halves, so both halves have the same mix.

Usage: python eval/split.py SOURCE.yaml NAME   ->  eval/blind/NAME.tune.yaml, eval/blind/NAME.holdout.yaml
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).parent


def split(items: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
    for item in items:
        key = tuple(str(item.get(k, "")) for k in ("crisis", "style", "kind", "situation", "oos"))
        groups[key].append(item)
    tune, holdout = [], []
    for key in sorted(groups):
        for number, item in enumerate(groups[key]):
            (tune if number % 2 == 0 else holdout).append(item)
    return tune, holdout


def main() -> None:
    source, name = Path(sys.argv[1]), sys.argv[2]
    items = yaml.safe_load(source.read_text(encoding="utf-8"))
    tune, holdout = split(items)
    out = HERE / "blind"
    out.mkdir(exist_ok=True)
    for part, rows in (("tune", tune), ("holdout", holdout)):
        header = f"# {name}, {part} half ({len(rows)} items) of a blind set; see eval/README.md.\n"
        text = yaml.safe_dump(rows, allow_unicode=True, sort_keys=False, width=120)
        (out / f"{name}.{part}.yaml").write_text(header + text, encoding="utf-8")
        print(f"{part}: {len(rows)}")


if __name__ == "__main__":
    main()
