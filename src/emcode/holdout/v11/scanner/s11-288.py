import hashlib
from pathlib import Path


def fingerprint(path: Path) -> str:
    h = hashlib.md5(usedforsecurity=False)
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(65536), b""):
            h.update(chunk)
    return h.hexdigest()[:10]


def build_manifest(static_dir: Path) -> dict:
    return {str(p.relative_to(static_dir)): f"{p.stem}.{fingerprint(p)}{p.suffix}"
            for p in static_dir.rglob("*.js")}


if __name__ == "__main__":
    print(build_manifest(Path("static")))
