from pathlib import Path

STORE = Path("/var/lib/podhost/uploads")


def store_upload(filename, data):
    dest = STORE / filename
    dest.write_bytes(data)
    return str(dest)
