import argparse
import os


def write_export(path, text, mode=0o644):
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(text)
    os.chmod(path, mode)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    a = ap.parse_args()
    write_export(a.out, "team,points\nOwls,12\nFoxes,9\n")


if __name__ == "__main__":
    main()
