import argparse
import shutil
from pathlib import Path

BUILD = Path("build/assets")
OK = {".png", ".ogg", ".wav", ".json"}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="+")
    args = ap.parse_args()
    BUILD.mkdir(parents=True, exist_ok=True)
    for f in args.files:
        src = Path(f)
        if src.suffix.lower() not in OK:
            print("skipping", src)
            continue
        shutil.copy2(src, BUILD / src.name)
        print("copied", src.name)


if __name__ == "__main__":
    main()
