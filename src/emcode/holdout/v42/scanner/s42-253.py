import argparse
import os
import shutil


def setup(root):
    uploads = os.path.join(root, "uploads")
    photos = os.path.join(root, "evidence_photos")
    for d in (uploads, photos):
        os.makedirs(d, exist_ok=True)
        os.chmod(d, 0o750)
    cfg = os.path.join(root, "enforcement.ini")
    shutil.copy("config/enforcement.ini", cfg)
    os.chmod(cfg, 0o640)
    print("ready:", root)


if __name__ == "__main__":
    p = argparse.ArgumentParser()
    p.add_argument("root")
    setup(p.parse_args().root)
