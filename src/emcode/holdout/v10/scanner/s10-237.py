import regex


def highlight_matches(document: str, user_expr: str) -> list[tuple[int, int]]:
    if len(user_expr) > 100:
        raise ValueError("pattern too long")
    rx = regex.compile(user_expr)
    try:
        return [(m.start(), m.end()) for m in rx.finditer(document, timeout=0.5)]
    except TimeoutError:
        return []
