from typing import Iterable, Tuple


def nav_links(items: Iterable[Tuple[str, str]]) -> str:
    parts = []
    for label, href in items:
        parts.append('<a href="%s">%s</a>' % (href, label))
    return "<nav>" + " | ".join(parts) + "</nav>"
