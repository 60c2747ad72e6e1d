import os
import shelve

from flask import Flask, request

app = Flask(__name__)
UPLOADS = "/srv/transcripts/uploads"


@app.route("/sessions/restore", methods=["POST"])
def restore_session():
    f = request.files["db"]
    dest = os.path.join(UPLOADS, "restore.db")
    f.save(dest)
    with shelve.open(dest[:-3]) as db:
        speakers = list(db.get("speakers", []))
    return {"speakers": speakers}
