import argparse
import subprocess
import sys
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser(description="Compress a project folder")
    parser.add_argument("folder", type=Path)
    parser.add_argument("--name", default="archive")
    args = parser.parse_args()
    if not args.folder.is_dir():
        print(f"{args.folder} is not a directory", file=sys.stderr)
        return 2
    archive = Path(args.name).name + ".tar.gz"
    result = subprocess.run(["tar", "czf", archive, "--", str(args.folder)], check=False)
    return result.returncode


if __name__ == "__main__":
    sys.exit(main())
