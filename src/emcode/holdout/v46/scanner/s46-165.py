from operator import itemgetter

SORTABLE = {"name", "section", "due", "value"}


def sort_instruments(items, field):
    if field not in SORTABLE:
        raise ValueError(f"cannot sort by {field!r}")
    return sorted(items, key=itemgetter(field))
