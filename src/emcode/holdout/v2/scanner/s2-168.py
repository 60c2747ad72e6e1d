import os
import sys


def main() -> None:
    branch = sys.argv[1] if len(sys.argv) > 1 else "main"
    log = os.popen("git log --oneline -n 20 " + branch).read()
    print(log)


if __name__ == "__main__":
    main()
