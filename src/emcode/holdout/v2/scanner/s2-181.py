import subprocess
import sys


def main() -> None:
    branch = sys.argv[1] if len(sys.argv) > 1 else "main"
    if branch.startswith("-"):
        sys.exit("branch name must not start with '-'")
    log = subprocess.run(["git", "log", "--oneline", "-n", "20", branch], capture_output=True, text=True, check=True)
    print(log.stdout)


if __name__ == "__main__":
    main()
