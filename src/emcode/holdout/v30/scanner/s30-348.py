import fnmatch


def filter_skus(skus, glob):
    if len(glob) > 40:
        raise ValueError("pattern too long")
    return [s for s in skus if fnmatch.fnmatchcase(s, glob)]
