from typing import Iterable

from markupsafe import escape


def todo_list_html(title: str, items: Iterable[str]) -> str:
    lis = "\n".join(f"  <li>{escape(item)}</li>" for item in items)
    return f"<section>\n<h2>{escape(title)}</h2>\n<ul>\n{lis}\n</ul>\n</section>"
