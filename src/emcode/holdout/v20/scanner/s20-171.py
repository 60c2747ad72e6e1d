import argparse
from pathlib import Path

CACHE = Path.home().joinpath(".cache", "mytool").resolve()


def remove(entries):
    for entry in entries:
        p = (CACHE / entry).resolve()
        try:
            p.relative_to(CACHE)
        except ValueError:
            print("skipping", entry, "(outside cache)")
            continue
        if p.is_file():
            p.unlink()
            print("removed", p.name)


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("entries", nargs="+")
    remove(ap.parse_args().entries)
