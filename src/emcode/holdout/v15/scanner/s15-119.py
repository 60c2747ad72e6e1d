import hashlib
from pathlib import Path


def fingerprint_assets(static_dir: str) -> dict:
    manifest = {}
    for p in Path(static_dir).rglob("*.css"):
        digest = hashlib.md5(p.read_bytes(), usedforsecurity=False).hexdigest()[:10]
        target = p.with_name(f"{p.stem}.{digest}{p.suffix}")
        target.write_bytes(p.read_bytes())
        manifest[str(p.relative_to(static_dir))] = str(target.relative_to(static_dir))
    return manifest
