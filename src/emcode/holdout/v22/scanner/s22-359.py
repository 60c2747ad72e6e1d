import logging
import os
import shutil
import sys

log = logging.getLogger("backup")


def copy_tree(src: str, dst: str) -> int:
    copied = 0
    for root, _, files in os.walk(src):
        rel = os.path.relpath(root, src)
        os.makedirs(os.path.join(dst, rel), exist_ok=True)
        for name in files:
            shutil.copy2(os.path.join(root, name), os.path.join(dst, rel, name))
            log.info("copied %r", os.path.join(rel, name))
            copied += 1
    return copied


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    print(copy_tree(sys.argv[1], sys.argv[2]), "files")
