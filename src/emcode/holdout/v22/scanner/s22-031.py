import os
from pathlib import Path

SPOOL = Path("/srv/gallery/spool")


def ensure_spool():
    os.makedirs(SPOOL, mode=0o777, exist_ok=True)
    os.chmod(SPOOL, 0o777)


def store_photo(name: str, data: bytes) -> Path:
    ensure_spool()
    target = SPOOL / Path(name).name
    target.write_bytes(data)
    return target
