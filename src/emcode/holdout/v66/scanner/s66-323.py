import argparse
import subprocess
import sys


def main() -> int:
    parser = argparse.ArgumentParser(description="Tag a playlist release in the station repo")
    parser.add_argument("version")
    parser.add_argument("--message", default="Playlist release")
    args = parser.parse_args()
    if not args.version.replace(".", "").isdigit():
        parser.error("version must look like 2025.11.3")
    tag = f"playlist-{args.version}"
    subprocess.run(["git", "tag", "-a", tag, "-m", args.message], check=True)
    subprocess.run(["git", "push", "origin", tag], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
