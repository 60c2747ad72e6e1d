import tarfile


def restore_backup(archive_path, target_dir):
    with tarfile.open(archive_path, "r:*") as tar:
        tar.extractall(target_dir, filter="data")
    return target_dir
