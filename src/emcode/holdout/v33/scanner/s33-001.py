import os
import shutil


def publish_file(src, dest, mode=0o777):
    shutil.copyfile(src, dest)
    os.chmod(dest, mode)
    return dest
