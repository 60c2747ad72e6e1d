import argparse
import subprocess


def main():
    ap = argparse.ArgumentParser(description="grep the maintenance notes")
    ap.add_argument("query")
    ap.add_argument("--dir", default="notes")
    a = ap.parse_args()
    print(subprocess.getoutput(f"grep -rn '{a.query}' {a.dir}"))


if __name__ == "__main__":
    main()
