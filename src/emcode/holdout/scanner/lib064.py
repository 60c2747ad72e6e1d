import os
import zipfile


def unpack(archive_path: str, dest: str) -> list[str]:
    """Extract every member of the zip archive into dest, refusing escaping names."""
    root = os.path.realpath(dest)
    with zipfile.ZipFile(archive_path) as zf:
        for name in zf.namelist():
            target = os.path.realpath(os.path.join(root, name))
            if not target.startswith(root + os.sep):
                raise ValueError(f"unsafe member {name!r}")
        zf.extractall(root)
        return zf.namelist()
