import os
import argparse

LOG_DIR = "/var/log/cropsense"


def show_log(name: str) -> str:
    available = set(os.listdir(LOG_DIR))
    base = os.path.basename(name)
    if base not in available:
        raise SystemExit(f"no log named {base!r}; choose from: {', '.join(sorted(available))}")
    with open(os.path.join(LOG_DIR, base)) as fh:
        return fh.read()


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("log")
    print(show_log(ap.parse_args().log))
