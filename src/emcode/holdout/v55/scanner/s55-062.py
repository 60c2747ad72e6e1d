import argparse
import tarfile
import time
from pathlib import Path


def main():
    ap = argparse.ArgumentParser(description="Archive last week's camera-trap frames")
    ap.add_argument("site_dir", type=Path)
    ap.add_argument("--out", type=Path, default=Path("archives"))
    a = ap.parse_args()
    a.out.mkdir(exist_ok=True)
    cutoff = time.time() - 7 * 86400
    name = a.out / f"{a.site_dir.name}-{time.strftime('%Y%m%d')}.tar.gz"
    with tarfile.open(name, "w:gz") as tf:
        for p in sorted(a.site_dir.rglob("*.jpg")):
            if p.stat().st_mtime >= cutoff:
                tf.add(p, arcname=p.relative_to(a.site_dir))
    print(name)


if __name__ == "__main__":
    main()
