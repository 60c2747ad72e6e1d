import os

from flask import Flask, request
from werkzeug.utils import secure_filename

app = Flask(__name__)
INBOX = "/srv/windfarm/inbox"


def store_bytes(path, payload, mode=0o777):
    """Write payload to path, creating it if needed."""
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, mode)
    try:
        os.write(fd, payload)
    finally:
        os.close(fd)


@app.post("/inspection-photos")
def inspection_photo():
    f = request.files["photo"]
    name = secure_filename(f.filename or "") or "photo.jpg"
    store_bytes(os.path.join(INBOX, name), f.read())
    return {"stored": name}
