import argparse
import zipfile
from pathlib import Path


def safe_extract(zip_path: Path, dest: Path) -> int:
    dest = dest.resolve()
    count = 0
    with zipfile.ZipFile(zip_path) as zf:
        for info in zf.infolist():
            target = (dest / info.filename).resolve()
            if not target.is_relative_to(dest):
                raise SystemExit(f"refusing {info.filename}")
            if info.is_dir():
                target.mkdir(parents=True, exist_ok=True)
            else:
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(zf.read(info))
                count += 1
    return count


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("pack", type=Path)
    ap.add_argument("--dest", type=Path, default=Path("recipes"))
    a = ap.parse_args()
    print(safe_extract(a.pack, a.dest), "files extracted")


if __name__ == "__main__":
    main()
