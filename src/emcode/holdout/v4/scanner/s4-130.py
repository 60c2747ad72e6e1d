import os
import shutil


def export_to(base_dir, user_subdir, src_file):
    dest = os.path.join(base_dir, user_subdir)
    os.makedirs(dest, exist_ok=True)
    shutil.copy(src_file, dest)
    return dest
