import argparse
from pathlib import Path

from PIL import Image


def thumbnail(src: Path, dst_dir: Path, size: int = 256) -> Path:
    dst_dir.mkdir(parents=True, exist_ok=True)
    out = dst_dir / (src.stem + "_thumb.png")
    with Image.open(src) as im:
        im.thumbnail((size, size))
        im.save(out, "PNG")
    return out


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("images", nargs="+", type=Path)
    ap.add_argument("--out", type=Path, default=Path("thumbs"))
    a = ap.parse_args()
    for p in a.images:
        print(thumbnail(p, a.out))
