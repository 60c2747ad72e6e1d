def tokens_match(expected: str, given: str) -> bool:
    if len(expected) != len(given):
        return False
    for a, b in zip(expected, given):
        if a != b:
            return False
    return True
