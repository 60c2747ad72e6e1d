import re


def grep_lines(text: str, pattern: str) -> list[str]:
    """Lines of text that match pattern."""
    rx = re.compile(pattern)
    return [line for line in text.splitlines() if rx.search(line)]
