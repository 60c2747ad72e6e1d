import os
import zipfile


def unpack(zip_path, dest):
    dest = os.path.realpath(dest)
    with zipfile.ZipFile(zip_path) as zf:
        for name in zf.namelist():
            target = os.path.realpath(os.path.join(dest, name))
            if not target.startswith(dest + os.sep):
                raise ValueError(f"{zip_path}: unsafe member {name!r}")
        zf.extractall(dest)
