import sys
import tarfile
from pathlib import Path


def restore(archive: str, dest: str) -> list[str]:
    target = Path(dest)
    target.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive, "r:gz") as tar:
        names = tar.getnames()
        tar.extractall(target, filter="data")
    return names


if __name__ == "__main__":
    for n in restore(sys.argv[1], sys.argv[2]):
        print("restored", n)
