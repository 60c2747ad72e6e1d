import tarfile


def list_archive(archive_name):
    with tarfile.open(archive_name, "r:gz") as tf:
        return tf.getnames()
