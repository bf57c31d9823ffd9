"""Copies the query UI's browser assets from node_modules into server/static/vendor/.

The copies are committed so the UI works offline and needs no npm at run time;
run this after changing the Yasgui version in package.json (`npm install` first)
and update server/static/vendor/LICENSES.md.
"""
from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ASSETS = {
    "@zazuko/yasgui": ("build/yasgui.min.js", "build/yasgui.min.css"),
}


def main() -> None:
    target = ROOT / "server" / "static" / "vendor"
    target.mkdir(parents=True, exist_ok=True)
    for package, files in ASSETS.items():
        folder = ROOT / "node_modules" / package
        version = json.loads((folder / "package.json").read_text(encoding="utf-8"))["version"]
        for name in files:
            source = folder / name
            text = source.read_text(encoding="utf-8")
            # The source map is not shipped; drop the comment that points browsers at it.
            lines = [line for line in text.splitlines() if not line.startswith("//# sourceMappingURL=")]
            (target / source.name).write_text("\n".join(lines) + "\n", encoding="utf-8")
            print(f"{package}@{version}: {name} -> {target / source.name}")


if __name__ == "__main__":
    main()
