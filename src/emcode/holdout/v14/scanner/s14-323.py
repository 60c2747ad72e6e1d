#!/usr/bin/env python3
"""notes: keep plain-text notes under ~/notes."""
import argparse
import os
import sys
from pathlib import Path

ROOT = (Path.home() / "notes").resolve()


def inside_root(name: str) -> Path:
    path = (ROOT / name).resolve()
    if not path.is_relative_to(ROOT):
        sys.exit(f"notes: {name!r} is outside {ROOT}")
    return path


def cmd_add(args):
    path = inside_root(args.name)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    with os.fdopen(fd, "a", encoding="utf-8") as fh:
        fh.write(args.text + "\n")


def cmd_show(args):
    print(inside_root(args.name).read_text(encoding="utf-8"), end="")


def cmd_list(_args):
    for p in sorted(ROOT.rglob("*")):
        if p.is_file():
            print(p.relative_to(ROOT))


def main(argv=None):
    ap = argparse.ArgumentParser(prog="notes")
    sub = ap.add_subparsers(required=True)
    a = sub.add_parser("add"); a.add_argument("name"); a.add_argument("text"); a.set_defaults(fn=cmd_add)
    s = sub.add_parser("show"); s.add_argument("name"); s.set_defaults(fn=cmd_show)
    l = sub.add_parser("list"); l.set_defaults(fn=cmd_list)
    args = ap.parse_args(argv)
    ROOT.mkdir(exist_ok=True, mode=0o700)
    args.fn(args)


if __name__ == "__main__":
    main()
