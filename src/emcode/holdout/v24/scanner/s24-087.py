import tempfile

def write_scratch(data: bytes) -> str:
    path = tempfile.mktemp(suffix=".csv")
    with open(path, "wb") as fh:
        fh.write(data)
    return path
