import tarfile


def restore_backup(tar_path, dest):
    with tarfile.open(tar_path) as tf:
        tf.extractall(path=dest)
