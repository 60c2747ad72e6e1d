import sys

from grid.tools import list_outages, restore_feeder, summarize


COMMANDS = {
    "list": list_outages,
    "restore": restore_feeder,
    "summary": summarize,
}


def main():
    if len(sys.argv) < 2 or sys.argv[1] not in COMMANDS:
        sys.exit("usage: gridctl {list|restore|summary} [args]")
    COMMANDS[sys.argv[1]](*sys.argv[2:])


if __name__ == "__main__":
    main()
