import os

from flask import Flask, request
from werkzeug.utils import secure_filename

app = Flask(__name__)
MEDIA = "/srv/podcasts/media"


@app.post("/upload")
def upload_episode():
    f = request.files["audio"]
    name = secure_filename(f.filename)
    if not name or not name.endswith(".mp3"):
        return "mp3 only", 400
    target = os.path.join(MEDIA, name)
    try:
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o640)
    except FileExistsError:
        return "already exists", 409
    with os.fdopen(fd, "wb") as out:
        out.write(f.read())
    return {"stored": name}
