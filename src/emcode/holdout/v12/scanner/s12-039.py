import hashlib
import sys
from pathlib import Path


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def main(dist: str) -> None:
    lines = [f"{sha256_of(p)}  {p.name}" for p in sorted(Path(dist).glob("*")) if p.is_file() and p.name != "SHA256SUMS"]
    (Path(dist) / "SHA256SUMS").write_text("\n".join(lines) + "\n")
    print(f"{len(lines)} artifacts hashed")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "dist")
