import os

from flask import Flask, abort, request
from werkzeug.utils import secure_filename

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 512 * 1024
ASSETS = os.path.join(app.instance_path, "theme")


@app.post("/theme/upload")
def upload_theme_file():
    f = request.files.get("file")
    if f is None:
        abort(400)
    name = secure_filename(f.filename or "")
    if not name.endswith(".css"):
        abort(415)
    os.makedirs(ASSETS, exist_ok=True)
    f.save(os.path.join(ASSETS, name))
    return {"stored": name}
