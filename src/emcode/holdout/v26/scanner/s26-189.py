import tempfile


def scratch_file(content: bytes) -> str:
    name = tempfile.mktemp(prefix="exam-")
    with open(name, "wb") as fh:
        fh.write(content)
    return name
