import argparse
import os


def ensure_dir(path, mode=0o777):
    os.makedirs(path, mode=mode, exist_ok=True)
    os.chmod(path, mode)
    return path


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("season")
    args = ap.parse_args()
    base = ensure_dir(os.path.join("/srv/rinkbook/exports", args.season.replace("/", "_")))
    print("exports will go to", base)


if __name__ == "__main__":
    main()
