import tarfile


def restore_backup(tar_path, dest="/var/lib/app"):
    with tarfile.open(tar_path, "r:*") as tar:
        tar.extractall(dest)
    return dest
