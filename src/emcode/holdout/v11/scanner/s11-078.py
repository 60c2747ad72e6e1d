import re


def grep_lines(text: str, pattern: str) -> list[str]:
    rx = re.compile(pattern)
    return [line for line in text.splitlines() if rx.search(line)]
