import argparse
import shutil
import subprocess
import tempfile
from pathlib import Path


def main():
    ap = argparse.ArgumentParser(description="Bundle recipe photos into a zip")
    ap.add_argument("photos", nargs="+", type=Path)
    ap.add_argument("-o", "--output", type=Path, default=Path("photos.zip"))
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        resized = Path(tmp) / "resized"
        resized.mkdir()
        for p in args.photos:
            subprocess.run(["convert", str(p), "-resize", "1600x1600>", str(resized / p.name)], check=True)
        archive = shutil.make_archive(str(Path(tmp) / "bundle"), "zip", resized)
        shutil.move(archive, args.output)
    print("wrote", args.output)


if __name__ == "__main__":
    main()
