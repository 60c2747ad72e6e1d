import tarfile


def unpack(archive_path, dest):
    with tarfile.open(archive_path) as tar:
        tar.extractall(path=dest)
    return dest
