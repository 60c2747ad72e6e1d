def token_matches(given, stored):
    if len(given) != len(stored):
        return False
    for a, b in zip(given, stored):
        if a != b:
            return False
    return True
