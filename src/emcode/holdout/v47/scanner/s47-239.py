import os
import uuid

WEB_ROOT = "/var/www/auction/uploads"
ALLOWED = {".jpg", ".jpeg", ".png"}


def store_upload(filename, data: bytes):
    ext = os.path.splitext(filename)[1].lower()
    if ext not in ALLOWED:
        raise ValueError("only JPEG/PNG images")
    name = uuid.uuid4().hex + ext
    with open(os.path.join(WEB_ROOT, name), "wb") as fh:
        fh.write(data)
    return "/uploads/" + name
