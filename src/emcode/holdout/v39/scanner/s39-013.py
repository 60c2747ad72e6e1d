import os
import tarfile


def unpack_tracks(archive, dest):
    root = os.path.realpath(dest)
    with tarfile.open(archive, "r:*") as tar:
        for m in tar.getmembers():
            if not (m.isfile() or m.isdir()):
                raise ValueError(f"link or device member: {m.name}")
            target = os.path.realpath(os.path.join(root, m.name))
            if os.path.commonpath([root, target]) != root:
                raise ValueError(f"member escapes dest: {m.name}")
        tar.extractall(path=root)
