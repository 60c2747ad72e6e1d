def _glob_match(name: str, pattern: str) -> bool:
    parts = pattern.split("*")
    if len(parts) == 1:
        return name == pattern
    if not name.startswith(parts[0]) or not name.endswith(parts[-1]):
        return False
    pos, end = len(parts[0]), len(name) - len(parts[-1])
    for middle in parts[1:-1]:
        found = name.find(middle, pos, end)
        if found < 0:
            return False
        pos = found + len(middle)
    return pos <= end


def filter_names(names: list[str], user_filter: str) -> list[str]:
    if len(user_filter) > 64:
        raise ValueError("filter too long")
    return [n for n in names if _glob_match(n, user_filter)]
