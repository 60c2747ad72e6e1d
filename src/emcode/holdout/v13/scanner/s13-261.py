import tempfile

def spool(data: bytes) -> str:
    with tempfile.NamedTemporaryFile(prefix="spool_", suffix=".dat", delete=False) as fh:
        fh.write(data)
        return fh.name
