import re

def grep_lines(pattern: str, lines: list[str]) -> list[str]:
    rx = re.compile(pattern)
    return [ln for ln in lines if rx.search(ln)]
