import tarfile


def restore_backup(archive_path, dest):
    with tarfile.open(archive_path, "r:*") as tf:
        tf.extractall(dest)
    return dest
