import argparse
import subprocess


def main() -> None:
    ap = argparse.ArgumentParser(description="grep the maintenance notes")
    ap.add_argument("query")
    ap.add_argument("--dir", default="notes")
    a = ap.parse_args()
    res = subprocess.run(["grep", "-rn", "-e", a.query, "--", a.dir], capture_output=True, text=True)
    print(res.stdout, end="")


if __name__ == "__main__":
    main()
