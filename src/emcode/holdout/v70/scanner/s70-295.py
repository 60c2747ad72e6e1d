import tarfile


def unpack_bundle(path, dest):
    with tarfile.open(path) as tf:
        tf.extractall(dest)
