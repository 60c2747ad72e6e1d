import os

UPLOAD_DIR = "/srv/recipes/uploads"


def delete_upload(name):
    path = os.path.join(UPLOAD_DIR, name)
    if os.path.exists(path):
        os.remove(path)
        return True
    return False
