import os

UPLOADS = "/srv/admissions/uploads"


def delete_upload(name):
    path = os.path.abspath(os.path.join(UPLOADS, name))
    if not path.startswith(UPLOADS):
        raise PermissionError(name)
    os.remove(path)
