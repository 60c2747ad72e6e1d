import argparse
import subprocess
from pathlib import Path


def main():
    ap = argparse.ArgumentParser(description="Compress sprite sheets")
    ap.add_argument("sprites", nargs="+", type=Path)
    ap.add_argument("--quality", default="65-80")
    args = ap.parse_args()
    for sprite in args.sprites:
        subprocess.run(
            ["pngquant", "--force", "--skip-if-larger", "--quality", args.quality, "--ext", ".png", "--", str(sprite)],
            check=False,
        )


if __name__ == "__main__":
    main()
