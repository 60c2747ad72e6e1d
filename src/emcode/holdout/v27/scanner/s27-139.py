import argparse
import os


def convert(src: str) -> str:
    base = os.path.splitext(os.path.basename(src))[0]
    out = os.path.join(os.getcwd(), base + ".txt")
    with open(src, encoding="utf-8") as fh, open(out, "w", encoding="utf-8") as o:
        for line in fh:
            o.write(line.replace("\t", "    "))
    return out


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("src")
    print(convert(ap.parse_args().src))
