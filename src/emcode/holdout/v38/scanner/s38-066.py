import os

from flask import Flask, abort, request
from werkzeug.utils import secure_filename

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 20 * 1024 * 1024
INBOX = "/srv/court/inbox"


@app.route("/transcripts", methods=["POST"])
def upload_transcript():
    f = request.files.get("file")
    if f is None:
        abort(400)
    name = secure_filename(f.filename or "")
    if not name.endswith(".txt"):
        abort(400)
    f.save(os.path.join(INBOX, name))
    return {"stored": name}, 201
