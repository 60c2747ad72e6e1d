import argparse
import subprocess
import sys
from pathlib import Path


def make_thumbnail(src: Path, size: int) -> Path:
    dst = src.with_name(src.stem + f"_thumb{size}.png")
    subprocess.run(["convert", str(src), "-resize", f"{size}x{size}", str(dst)], check=True)
    return dst


def main() -> int:
    ap = argparse.ArgumentParser(description="Make thumbnails for podcast cover art")
    ap.add_argument("images", nargs="+", type=Path)
    ap.add_argument("--size", type=int, default=256, choices=[128, 256, 512])
    args = ap.parse_args()
    for img in args.images:
        if not img.is_file():
            print(f"skip {img}: not a file", file=sys.stderr)
            continue
        print(make_thumbnail(img, args.size))
    return 0


if __name__ == "__main__":
    sys.exit(main())
