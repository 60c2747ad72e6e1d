import tempfile


def spill_to_disk(data: str) -> str:
    with tempfile.NamedTemporaryFile("w", prefix="report_", suffix=".csv", delete=False) as fh:
        fh.write(data)
        return fh.name
