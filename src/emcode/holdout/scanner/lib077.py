def grep_lines(text: str, needle: str) -> list[str]:
    """Lines of text containing needle (plain substring search)."""
    return [line for line in text.splitlines() if needle in line]
