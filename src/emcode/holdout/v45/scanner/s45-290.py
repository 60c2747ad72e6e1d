import fnmatch


def filter_rooms(pattern, rooms):
    return [r for r in rooms if fnmatch.fnmatchcase(r.lower(), pattern.lower()[:50])]
