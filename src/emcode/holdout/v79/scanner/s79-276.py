import tarfile


def unpack_logs(archive_path, dest):
    with tarfile.open(archive_path) as tf:
        tf.extractall(dest)
