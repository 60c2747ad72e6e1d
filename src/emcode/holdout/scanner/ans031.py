import tempfile


def write_report(lines):
    with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False) as fh:
        fh.write("\n".join(lines))
        return fh.name
