import tempfile


def write_report(lines):
    path = tempfile.mktemp(prefix="report-", suffix=".txt")
    with open(path, "w") as fh:
        fh.writelines(lines)
    return path
