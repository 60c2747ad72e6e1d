import tempfile


def scratch_csv(rows):
    name = tempfile.mktemp(suffix=".csv")
    with open(name, "w") as fh:
        for r in rows:
            fh.write(",".join(map(str, r)) + "\n")
    return name
