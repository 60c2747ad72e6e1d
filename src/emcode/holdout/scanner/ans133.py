from pathlib import Path

from flask import Flask, request
from werkzeug.utils import secure_filename

app = Flask(__name__)
STORE = Path("/var/app/files")


@app.post("/upload")
def upload():
    f = request.files["file"]
    name = secure_filename(f.filename or "")
    if not name:
        return {"error": "bad filename"}, 400
    dest = STORE / name
    f.save(dest)
    return {"saved": name}
