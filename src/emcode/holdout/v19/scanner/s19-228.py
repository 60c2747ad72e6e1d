import re


def grep_lines(pattern: str, text: str) -> list:
    rx = re.compile(pattern)
    return [line for line in text.splitlines() if rx.search(line)]
