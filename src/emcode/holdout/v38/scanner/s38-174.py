import tarfile


def restore_backup(archive, dest):
    with tarfile.open(archive, "r:*") as tf:
        for m in tf.getmembers():
            tf.extract(m, dest, filter="data")
