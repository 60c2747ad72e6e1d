import tempfile


def spool(data: bytes) -> str:
    path = tempfile.mktemp(suffix=".spool")
    with open(path, "wb") as fh:
        fh.write(data)
    return path
