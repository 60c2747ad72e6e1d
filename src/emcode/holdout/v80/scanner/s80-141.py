import os

from flask import Flask, request, abort
from werkzeug.utils import secure_filename

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 2 * 1024 * 1024
DEST = "/srv/coop/inspection-sheets"


@app.post("/inspections/upload")
def upload():
    f = request.files.get("sheet")
    if not f or not f.filename:
        abort(400)
    name = secure_filename(f.filename)
    if not name.lower().endswith(".csv"):
        abort(415)
    f.save(os.path.join(DEST, name))
    return {"saved": name}
