import fnmatch


def wildcard_search(names, wildcard):
    return [n for n in names if fnmatch.fnmatchcase(n, wildcard[:100])]
