import tempfile


def spool_report(rows):
    path = tempfile.mktemp(suffix=".csv")
    with open(path, "w") as fh:
        for r in rows:
            fh.write(",".join(map(str, r)) + "\n")
    return path
