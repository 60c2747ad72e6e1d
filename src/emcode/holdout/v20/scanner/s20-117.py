import argparse
import pathlib
import subprocess


def thumbnail(src: pathlib.Path, dst: pathlib.Path, size: int) -> None:
    subprocess.run(["convert", str(src), "-thumbnail", f"{size}x{size}", str(dst)], check=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("folder", type=pathlib.Path)
    ap.add_argument("--size", type=int, default=128, choices=[64, 128, 256])
    args = ap.parse_args()
    out_dir = args.folder / "thumbs"
    out_dir.mkdir(exist_ok=True)
    for img in sorted(args.folder.glob("*.jpg")):
        thumbnail(img.resolve(), (out_dir / img.name).resolve(), args.size)
        print("ok", img.name)


if __name__ == "__main__":
    main()
