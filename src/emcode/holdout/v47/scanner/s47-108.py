import tempfile


def spool_export(rows):
    with tempfile.NamedTemporaryFile("w", suffix=".csv", prefix="harvest-", delete=False) as fh:
        for r in rows:
            fh.write(",".join(map(str, r)) + "\n")
        return fh.name
