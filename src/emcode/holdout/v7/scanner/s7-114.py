import os


def compress(folder, archive_name=None):
    archive_name = archive_name or folder.rstrip("/") + ".tar.gz"
    rc = os.system("tar czf '%s' '%s'" % (archive_name, folder))
    if rc != 0:
        raise RuntimeError("tar failed")
    return archive_name
