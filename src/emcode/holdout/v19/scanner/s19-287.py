def grep_lines(needle: str, text: str, ignore_case: bool = False) -> list:
    if ignore_case:
        needle = needle.lower()
        return [l for l in text.splitlines() if needle in l.lower()]
    return [l for l in text.splitlines() if needle in l]
