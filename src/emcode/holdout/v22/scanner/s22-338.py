import os
import tarfile


def unpack_bundle(archive_path: str, dest: str) -> str:
    root = os.path.realpath(dest)
    with tarfile.open(archive_path) as tar:
        safe = []
        for m in tar.getmembers():
            target = os.path.realpath(os.path.join(root, m.name))
            if m.issym() or m.islnk() or not target.startswith(root + os.sep):
                raise ValueError(f"refusing member {m.name!r}")
            safe.append(m)
        tar.extractall(root, members=safe)
    return root
