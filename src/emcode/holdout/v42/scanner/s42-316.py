import os

UPLOAD_DIR = "/srv/recipes/uploads"


def delete_upload(name):
    base = os.path.basename(name)
    if base != name or not base.endswith((".jpg", ".png", ".webp")):
        raise ValueError("invalid upload name")
    path = os.path.join(UPLOAD_DIR, base)
    if os.path.exists(path):
        os.remove(path)
        return True
    return False
