import tempfile


def scratch_file(data: bytes) -> str:
    name = tempfile.mktemp(suffix=".bin")
    with open(name, "wb") as fh:
        fh.write(data)
    return name
