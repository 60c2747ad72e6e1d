from typing import Iterable


def todo_list_html(title: str, items: Iterable[str]) -> str:
    lis = "\n".join(f"  <li>{item}</li>" for item in items)
    return f"<section>\n<h2>{title}</h2>\n<ul>\n{lis}\n</ul>\n</section>"
