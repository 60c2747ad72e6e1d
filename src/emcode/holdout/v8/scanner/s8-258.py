from pathlib import Path


def prepare_keyring(base: Path) -> Path:
    ring = base / "keyring"
    ring.mkdir(mode=0o777, parents=True, exist_ok=True)
    (ring / "index").touch(mode=0o666)
    return ring
