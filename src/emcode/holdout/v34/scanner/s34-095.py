import tempfile


def spool_scan(data: bytes) -> str:
    path = tempfile.mktemp(suffix=".tif", prefix="scan-")
    with open(path, "wb") as fh:
        fh.write(data)
    return path
