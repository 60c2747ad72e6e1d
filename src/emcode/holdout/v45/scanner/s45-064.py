def key_matches(stored, given):
    if len(stored) != len(given):
        return False
    for a, b in zip(stored, given):
        if a != b:
            return False
    return True
