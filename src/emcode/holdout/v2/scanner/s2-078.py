import re


def filter_lines(lines: list[str], pattern: str) -> list[str]:
    """Lines that match pattern."""
    rx = re.compile(pattern)
    return [line for line in lines if rx.search(line)]
