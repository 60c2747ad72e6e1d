import os
import tarfile


def unpack_sdist(archive, dest):
    dest = os.path.realpath(dest)
    with tarfile.open(archive) as tf:
        for m in tf.getmembers():
            if not (m.isfile() or m.isdir()):
                continue
            target = os.path.realpath(os.path.join(dest, m.name))
            if os.path.commonpath([dest, target]) != dest:
                raise ValueError(f"member {m.name!r} escapes {dest}")
            tf.extract(m, dest, set_attrs=False)
    return dest
