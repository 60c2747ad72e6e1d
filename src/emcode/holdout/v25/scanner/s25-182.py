import os
import subprocess
from werkzeug.utils import secure_filename
from flask import Flask, request, abort

app = Flask(__name__)
SCANS = "/srv/parish/scans"


@app.post("/scans")
def upload_scan():
    f = request.files["scan"]
    name = secure_filename(f.filename)
    if not name.lower().endswith((".png", ".jpg", ".jpeg", ".tif")):
        abort(415)
    path = os.path.join(SCANS, name)
    f.save(path)
    title = request.form.get("title", "untitled")[:200]
    subprocess.run(["convert", path, "-resize", "50%", path + ".thumb.jpg"], check=True, timeout=60)
    subprocess.run(["exiftool", "-overwrite_original", f"-Title={title}", path], check=True, timeout=60)
    return {"stored": name}
