import argparse
import os
import shutil


def publish(build_dir, dest):
    os.makedirs(dest, mode=0o755, exist_ok=True)
    for name in os.listdir(build_dir):
        src = os.path.join(build_dir, name)
        dst = os.path.join(dest, name)
        shutil.copyfile(src, dst)
        os.chmod(dst, 0o644)
        print("published", na