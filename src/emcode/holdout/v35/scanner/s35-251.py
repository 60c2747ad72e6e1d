import argparse
import sys


def cmd_count(args):
    print(42)


def cmd_export(args):
    print("exporting to", args.out)


COMMANDS = {"count": cmd_count, "export": cmd_export}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("command", choices=sorted(COMMANDS))
    ap.add_argument("--out", default="subscribers.csv")
    a = ap.parse_args()
    COMMANDS[a.command](a)
    return 0


if __name__ == "__main__":
    sys.exit(main())
