import tempfile


def spool(data: bytes) -> str:
    path = tempfile.mktemp(suffix=".csv")
    with open(path, "wb") as fh:
        fh.write(data)
    return path
