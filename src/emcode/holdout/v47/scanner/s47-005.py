import tempfile


def spool_export(rows):
    path = tempfile.mktemp(suffix=".csv", prefix="harvest-")
    with open(path, "w") as fh:
        for r in rows:
            fh.write(",".join(map(str, r)) + "\n")
    return path
