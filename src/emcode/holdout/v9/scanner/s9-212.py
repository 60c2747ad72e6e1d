import tarfile


def unpack_plugin(archive_path, dest):
    with tarfile.open(archive_path) as tf:
        tf.extractall(dest)
    return dest
