import os
import shutil
import sys

PERMS = 0o777


def deploy(src_dir, dest_dir):
    for root, _dirs, files in os.walk(src_dir):
        rel = os.path.relpath(root, src_dir)
        target = os.path.join(dest_dir, rel)
        os.makedirs(target, exist_ok=True)
        for name in files:
            dst = os.path.join(target, name)
            shutil.copy2(os.path.join(root, name), dst)
            os.chmod(dst, PERMS)
    print("deployed", src_dir, "->", dest_dir)


if __name__ == "__main__":
    deploy(sys.argv[1], sys.argv[2])
