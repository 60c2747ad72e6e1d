import fnmatch


def find_members(members, pattern):
    pat = pattern.lower()
    return [m for m in members if fnmatch.fnmatchcase(m.lower(), pat)]
