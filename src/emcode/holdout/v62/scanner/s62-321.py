import tarfile


def unpack_backup(archive_path, dest):
    with tarfile.open(archive_path) as tar:
        tar.extractall(dest)
    return dest
