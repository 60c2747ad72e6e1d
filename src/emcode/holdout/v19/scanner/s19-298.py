import shutil


def disk_usage(path):
    total, used, free = shutil.disk_usage(path)
    return used
