from pathlib import Path

STORE = Path("/var/lib/podhost/uploads")


def store_upload(filename, data):
    name = Path(filename).name
    if name in ("", ".", ".."):
        raise ValueError("bad filename")
    dest = STORE / name
    dest.write_bytes(data)
    return str(dest)
