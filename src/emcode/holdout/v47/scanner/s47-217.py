import os

WEB_ROOT = "/var/www/auction/uploads"


def store_upload(filename, data: bytes):
    path = os.path.join(WEB_ROOT, filename)
    with open(path, "wb") as fh:
        fh.write(data)
    return "/uploads/" + filename
