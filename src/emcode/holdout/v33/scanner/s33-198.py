import os

UPLOAD_ROOT = os.path.realpath("/srv/pharmacy/uploads")


def delete_upload(rel_path):
    full = os.path.realpath(os.path.join(UPLOAD_ROOT, rel_path))
    if os.path.commonpath([UPLOAD_ROOT, full]) != UPLOAD_ROOT or full == UPLOAD_ROOT:
        raise ValueError("bad path")
    os.remove(full)
