import tarfile


def unpack_tracks(archive, dest):
    with tarfile.open(archive, "r:*") as tar:
        tar.extractall(path=dest)
