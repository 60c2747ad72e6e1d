import tempfile


def write_report(lines):
    path = tempfile.mktemp(suffix=".csv")
    with open(path, "w") as fh:
        fh.write("\n".join(lines))
    return path
