import os

UPLOAD_ROOT = "/srv/pharmacy/uploads"


def delete_upload(rel_path):
    full = UPLOAD_ROOT + "/" + rel_path
    if not full.startswith(UPLOAD_ROOT):
        raise ValueError("bad path")
    os.remove(full)
