import tempfile


def spool(data: bytes) -> str:
    name = tempfile.mktemp(prefix="spool-")
    with open(name, "wb") as fh:
        fh.write(data)
    return name
