import os
import shutil


def publish_kdm_bundle(src_dir, dest_dir):
    shutil.copytree(src_dir, dest_dir, dirs_exist_ok=True)
    for root, dirs, files in os.walk(dest_dir):
        for d in dirs:
            os.chmod(os.path.join(root, d), 0o750)
        for f in files:
            os.chmod(os.path.join(root, f), 0o640)
    os.chmod(dest_dir, 0o750)
