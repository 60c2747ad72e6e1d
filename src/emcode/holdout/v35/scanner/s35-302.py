import tarfile


def restore_backup(archive_path, dest_dir):
    with tarfile.open(archive_path, "r:gz") as tf:
        tf.extractall(dest_dir, filter="data")
    return dest_dir
