import os
import shutil
import argparse


def publish(build_dir: str, web_root: str) -> None:
    dest = os.path.join(web_root, "festival")
    if os.path.exists(dest):
        shutil.rmtree(dest)
    shutil.copytree(build_dir, dest)
    for root, dirs, files in os.walk(dest):
        for d in dirs:
            os.chmod(os.path.join(root, d), 0o755)
        for f in files:
            os.chmod(os.path.join(root, f), 0o644)


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("build_dir")
    ap.add_argument("--web-root", default="/var/www")
    a = ap.parse_args()
    publish(a.build_dir, a.web_root)
