import os
import tarfile


def restore_backup(tar_path, dest):
    root = os.path.realpath(dest)
    with tarfile.open(tar_path) as tf:
        members = []
        for m in tf.getmembers():
            target = os.path.realpath(os.path.join(root, m.name))
            if os.path.commonpath([root, target]) != root or m.issym() or m.islnk():
                continue
            members.append(m)
        tf.extractall(path=root, members=members, filter="data")
