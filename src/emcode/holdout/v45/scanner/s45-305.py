import os
import shutil


def publish_exports(src_dir, dest_dir):
    shutil.copytree(src_dir, dest_dir, dirs_exist_ok=True)
    for root, dirs, files in os.walk(dest_dir):
        for name in dirs + files:
            os.chmod(os.path.join(root, name), 0o777)
    os.chmod(dest_dir, 0o777)
