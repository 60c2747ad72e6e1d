import tempfile


def write_scratch(data: bytes) -> str:
    name = tempfile.mktemp(prefix="scratch-")
    with open(name, "wb") as fh:
        fh.write(data)
    return name
