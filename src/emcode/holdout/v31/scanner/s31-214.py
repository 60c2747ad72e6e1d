import argparse
import tarfile
from pathlib import Path


def extract(archive: str, dest: Path) -> int:
    dest = dest.resolve()
    count = 0
    with tarfile.open(archive) as tar:
        for m in tar.getmembers():
            target = (dest / m.name).resolve()
            if not m.isreg() or not target.is_relative_to(dest):
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            with tar.extractfile(m) as src, open(target, "wb") as out:
                out.write(src.read())
            count += 1
    return count


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("archive")
    ap.add_argument("--dest", type=Path, default=Path("import"))
    a = ap.parse_args()
    print(extract(a.archive, a.dest), "files")
