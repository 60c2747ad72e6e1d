import os
import tarfile


def extract_season_pack(archive_path, dest):
    root = os.path.realpath(dest)
    with tarfile.open(archive_path) as tf:
        for m in tf.getmembers():
            target = os.path.realpath(os.path.join(root, m.name))
            if os.path.commonpath([root, target]) != root or m.issym() or m.islnk() or m.isdev():
                raise ValueError(f"refusing member {m.name!r}")
        tf.extractall(root)
