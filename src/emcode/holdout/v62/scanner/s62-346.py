import sys


def cmd_status(args):
    print("all valves closed")


def cmd_open(args):
    print("opening", args[0] if args else "A1")


COMMANDS = {"status": cmd_status, "open": cmd_open}


def main(argv):
    if not argv or argv[0] not in COMMANDS:
        print("usage: valve.py status|open [zone]")
        return 2
    COMMANDS[argv[0]](argv[1:])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
