import argparse
import os
import shutil


def publish(src_dir, web_root):
    dest = os.path.join(web_root, "leaflets")
    shutil.copytree(src_dir, dest, dirs_exist_ok=True)
    for root, dirs, files in os.walk(dest):
        for f in files:
            os.chmod(os.path.join(root, f), 0o777)
    return dest


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("src")
    ap.add_argument("--web-root", default="/var/www/gym")
    args = ap.parse_args()
    print("published to", publish(args.src, args.web_ro