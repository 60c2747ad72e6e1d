import os
import zipfile


def unpack(archive: str, dest: str) -> list[str]:
    """Extract archive into dest; members that would land outside dest are refused."""
    root = os.path.realpath(dest)
    with zipfile.ZipFile(archive) as zf:
        for member in zf.namelist():
            target = os.path.realpath(os.path.join(root, member))
            if os.path.commonpath([root, target]) != root:
                raise ValueError(f"unsafe member {member!r}")
        zf.extractall(root)
        return zf.namelist()
