import argparse
import os


def prepare_archive(root, year, mode=0o750):
    target = os.path.join(root, "archive", str(year))
    os.makedirs(target, mode=mode, exist_ok=True)
    return target


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", default="/var/lib/boxoffice")
    ap.add_argument("year", type=int)
    args = ap.parse_args()
    print(prepare_archive(args.root, args.year))


if __name__ == "__main__":
    main()
