import tarfile


def extract_season_pack(archive_path, dest):
    with tarfile.open(archive_path) as tf:
        tf.extractall(dest)
