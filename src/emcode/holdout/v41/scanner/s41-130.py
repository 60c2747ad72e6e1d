from pathlib import Path

from flask import Flask, request
from werkzeug.utils import secure_filename

app = Flask(__name__)
SPOOL = Path("/srv/library/spool")
SPOOL.mkdir(mode=0o777, parents=True, exist_ok=True)


@app.post("/covers")
def upload_cover():
    f = request.files["cover"]
    name = secure_filename(f.filename or "")
    if not name.lower().endswith((".jpg", ".png")):
        return {"error": "jpg or png only"}, 400
    f.save(SPOOL / name)
    return {"stored": name}, 201
