import hashlib
import json
from pathlib import Path

CACHE_DIR = Path(".chart-cache")


def chart_key(layout):
    blob = json.dumps(layout, sort_keys=True).encode()
    return hashlib.md5(blob).hexdigest()


def render_chart(layout, renderer):
    CACHE_DIR.mkdir(exist_ok=True)
    target = CACHE_DIR / (chart_key(layout) + ".svg")
    if not target.exists():
        target.write_text(renderer(layout), encoding="utf-8")
    return target.read_text(encoding="utf-8")


if __name__ == "__main__":
    demo = {"tables": [{"id": 1, "seats": 8}, {"id": 2, "seats": 10}]}
    print(render_chart(demo, lambda l: f"<svg><!-- {len(l['tables'])} tables --></svg>")[:60])
