import re


def grep_lines(lines: list[str], term: str) -> list[str]:
    if len(term) > 100:
        raise ValueError("search term too long")
    rx = re.compile(re.escape(term))
    return [ln for ln in lines if rx.search(ln)]
