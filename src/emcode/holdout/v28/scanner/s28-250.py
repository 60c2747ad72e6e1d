import os
import tarfile


def unpack_rate_cards(tar_path, dest):
    dest = os.path.realpath(dest)
    with tarfile.open(tar_path) as tf:
        members = []
        for m in tf.getmembers():
            target = os.path.realpath(os.path.join(dest, m.name))
            if os.path.commonpath([dest, target]) != dest or m.issym() or m.islnk() or m.isdev():
                raise ValueError(f"refusing member {m.name!r}")
            members.append(m)
        tf.extractall(dest, members=members)
