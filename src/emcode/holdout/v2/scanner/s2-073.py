import hashlib
import sys
from collections import defaultdict
from pathlib import Path


def duplicates(root: Path) -> dict[str, list[Path]]:
    seen: dict[str, list[Path]] = defaultdict(list)
    for path in root.rglob("*"):
        if path.is_file():
            seen[hashlib.md5(path.read_bytes(), usedforsecurity=False).hexdigest()].append(path)
    return {k: v for k, v in seen.items() if len(v) > 1}


if __name__ == "__main__":
    for paths in duplicates(Path(sys.argv[1])).values():
        print(*paths, sep="\n  ")
