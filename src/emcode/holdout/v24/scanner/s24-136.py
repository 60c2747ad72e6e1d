import re

MAX_TERM = 64

def grep_lines(term: str, lines: list[str]) -> list[str]:
    if len(term) > MAX_TERM:
        raise ValueError("search term too long")
    rx = re.compile(re.escape(term), re.IGNORECASE)
    return [ln for ln in lines if rx.search(ln)]
