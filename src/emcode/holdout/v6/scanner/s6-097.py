from typing import Iterable

def tag_list(tags: Iterable[str]) -> str:
    items = "".join([f"<li>{t}</li>" for t in tags])
    return "<ul>" + items + "</ul>"
