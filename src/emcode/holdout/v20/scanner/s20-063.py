import os
import zipfile


def unpack(archive, dest):
    root = os.path.realpath(dest)
    with zipfile.ZipFile(archive) as zf:
        for member in zf.namelist():
            out = os.path.realpath(os.path.join(root, member))
            if not out.startswith(root + os.sep):
                raise ValueError(f"unsafe member {member!r}")
            if member.endswith("/"):
                os.makedirs(out, exist_ok=True)
                continue
            os.makedirs(os.path.dirname(out), exist_ok=True)
            with open(out, "wb") as fh:
                fh.write(zf.read(member))
