import tarfile


def unpack_bundle(archive_path: str, dest: str) -> None:
    with tarfile.open(archive_path, "r:*") as tf:
        tf.extractall(path=dest, filter="data")
