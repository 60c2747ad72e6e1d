import argparse
import os


def main():
    ap = argparse.ArgumentParser(description="Write a cleaned transcript")
    ap.add_argument("source")
    ap.add_argument("dest")
    args = ap.parse_args()
    with open(args.source, encoding="utf-8") as src:
        text = "\n".join(line.rstrip() for line in src if line.strip())
    with open(args.dest, "w", encoding="utf-8") as out:
        out.write(text + "\n")
    os.chmod(args.dest, 0o640)
    print("wrote", args.dest)


if __name__ == "__main__":
    main()
