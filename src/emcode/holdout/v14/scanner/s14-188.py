def keys_match(supplied, actual):
    if len(supplied) != len(actual):
        return False
    for a, b in zip(supplied, actual):
        if a != b:
            return False
    return True
