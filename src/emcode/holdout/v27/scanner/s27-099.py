import tempfile


def spool(data: bytes) -> str:
    with tempfile.NamedTemporaryFile(suffix=".csv", delete=False) as fh:
        fh.write(data)
        return fh.name
