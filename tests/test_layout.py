"""House rules of the source tree that no linter checks."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MAX_LINES = 500


def test_no_module_over_500_lines():
    long = {str(p.relative_to(ROOT)): n for p in sorted((ROOT / "desktop").rglob("*.py"))
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert long == {}, f"split these modules (at most {MAX_LINES} lines each)"


def test_nothing_points_outside_the_repository():
    """A clone has no ../shared/: the design lives in docs/design.md."""
    texts = [ROOT / "README.md", *sorted((ROOT / "desktop").rglob("*.py"))]
    outside = [str(p.relative_to(ROOT)) for p in texts
               if "shared/DESIGN.md" in (text := p.read_text(encoding="utf-8"))
               or ("DESIGN.md" in text and "docs/design.md" not in text)]
    assert outside == []
    assert (ROOT / "docs" / "design.md").is_file()
