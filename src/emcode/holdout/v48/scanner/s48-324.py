import os
import uuid
import zipfile

from flask import Flask, abort, request

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 50 * 1024 * 1024
INBOX = "/srv/dig/inbox"


@app.post("/photos/bundle")
def photo_bundle():
    f = request.files.get("bundle")
    if f is None:
        abort(400)
    dest = os.path.join(INBOX, uuid.uuid4().hex)
    os.makedirs(dest, mode=0o750)
    with zipfile.ZipFile(f.stream) as z:
        members = z.infolist()
        if len(members) > 2000 or sum(m.file_size for m in members) > 500 * 1024 * 1024:
            abort(413)
        z.extractall(dest)
    return {"batch": os.path.basename(dest)}
