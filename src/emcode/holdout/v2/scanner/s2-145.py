import tarfile


def unpack(archive: str, dest: str) -> list[str]:
    """Extract archive into dest; return the member names."""
    with tarfile.open(archive) as tf:
        tf.extractall(dest, filter="data")
        return tf.getnames()
