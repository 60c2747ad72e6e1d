from operator import itemgetter


def sort_rows(rows, column, descending=False):
    if not rows or column not in rows[0]:
        raise KeyError(f"unknown column {column!r}")
    return sorted(rows, key=itemgetter(column), reverse=descending)
