import tarfile


def import_reel_package(archive_path, target_dir):
    with tarfile.open(archive_path) as tar:
        tar.extractall(target_dir, filter="data")
    return target_dir
