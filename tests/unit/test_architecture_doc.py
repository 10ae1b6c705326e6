"""docs/ARCHITECTURE.md names every module of the package, so that it stays the true picture."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_architecture_names_every_module() -> None:
    words = (ROOT / "docs" / "ARCHITECTURE.md").read_text(encoding="utf-8")
    modules = [
        path
        for path in sorted((ROOT / "moodapp").rglob("*.py"))
        if path.name != "__init__.py" and "migrations" not in path.parts
    ]
    assert len(modules) > 200  # the walk found the package
    left_out = [str(p.relative_to(ROOT)) for p in modules if p.name not in words]
    assert not left_out, "describe these in docs/ARCHITECTURE.md's Layers"
