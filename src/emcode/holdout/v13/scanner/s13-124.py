import hashlib
from pathlib import Path

def fingerprint(asset: Path) -> str:
    h = hashlib.md5(usedforsecurity=False)
    h.update(asset.read_bytes())
    return f"{asset.stem}.{h.hexdigest()[:8]}{asset.suffix}"
