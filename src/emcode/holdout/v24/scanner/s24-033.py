import os
import shutil

def export_backup(src_dir: str, dest_dir: str, perms: int = 0o777) -> None:
    shutil.copytree(src_dir, dest_dir)
    for root, dirs, files in os.walk(dest_dir):
        for name in dirs + files:
            os.chmod(os.path.join(root, name), perms)
    os.chmod(dest_dir, perms)
