import tarfile


def import_reel_package(archive_path, target_dir):
    with tarfile.open(archive_path) as tar:
        tar.extractall(target_dir)
    return target_dir
