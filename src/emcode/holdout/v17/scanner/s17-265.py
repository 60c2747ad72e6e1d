import argparse
import re
from pathlib import Path

NOTES_DIR = Path.home() / ".notes"


def slug(title: str) -> str:
    s = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
    return s[:60] or "untitled"


def save(title: str, text: str) -> Path:
    NOTES_DIR.mkdir(mode=0o700, exist_ok=True)
    path = NOTES_DIR / (slug(title) + ".md")
    path.write_text(f"# {title}\n\n{text}\n", encoding="utf-8")
    return path


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("title")
    ap.add_argument("text")
    a = ap.parse_args()
    print(save(a.title, a.text))
