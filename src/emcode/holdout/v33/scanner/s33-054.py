import tarfile


def unpack_sdist(archive, dest):
    with tarfile.open(archive) as tf:
        for m in tf.getmembers():
            tf.extract(m, dest)
    return dest
