from pathlib import Path

GUIDES = Path("/srv/museum/guides")


def save_guide(filename, data):
    name = Path(filename).name
    if name in ("", ".", ".."):
        raise ValueError("bad filename")
    target = GUIDES / name
    target.write_bytes(data)
    return target
