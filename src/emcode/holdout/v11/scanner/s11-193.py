import re
from pathlib import Path

import markdown

OUT = Path("public")


def slugify(title: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
    return slug[:80] or "untitled"


def build(posts: list[dict]) -> list[Path]:
    OUT.mkdir(exist_ok=True)
    written = []
    for post in posts:
        target = OUT / f"{slugify(post['title'])}.html"
        target.write_text(markdown.markdown(post["body"], output_format="html"), encoding="utf-8")
        written.append(target)
    return written
