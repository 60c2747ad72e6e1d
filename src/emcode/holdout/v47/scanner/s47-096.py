import os

ARCHIVE_ROOT = "/srv/auction-archives"


def archive_size(archive_name):
    if os.sep in archive_name or archive_name in ("", ".", ".."):
        raise ValueError("bad archive name")
    root = os.path.join(ARCHIVE_ROOT, archive_name)
    total = 0
    for dirpath, _dirs, files in os.walk(root):
        for f in files:
            total += os.path.getsize(os.path.join(dirpath, f))
    return total
