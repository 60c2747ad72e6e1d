import tarfile


def unpack_bundle(archive_path, dest):
    with tarfile.open(archive_path) as tar:
        tar.extractall(dest)
    return dest
