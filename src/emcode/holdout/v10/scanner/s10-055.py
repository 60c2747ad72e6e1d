import re


def highlight_matches(document: str, user_expr: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(user_expr, document)]
