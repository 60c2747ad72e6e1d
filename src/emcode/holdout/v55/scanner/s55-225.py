import sys

import dill


def main():
    if len(sys.argv) != 2:
        print("usage: replay_match.py <uploaded-replay.dill>")
        sys.exit(1)
    with open(sys.argv[1], "rb") as fh:
        replay = dill.load(fh)
    for event in replay["events"]:
        print(event["tick"], event["player"], event["action"])


if __name__ == "__main__":
    main()
