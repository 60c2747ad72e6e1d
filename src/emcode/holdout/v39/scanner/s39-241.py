import os
import tarfile


def backup_collection(name, dest):
    src = os.path.join("/srv/collections", os.path.basename(name))
    out = os.path.join(dest, os.path.basename(name) + ".tgz")
    with tarfile.open(out, "w:gz") as tar:
        tar.add(src, arcname=os.path.basename(name))
    return out
