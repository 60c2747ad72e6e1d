import os
import subprocess
from werkzeug.utils import secure_filename
from flask import Flask, request

app = Flask(__name__)
SCANS = "/srv/parish/scans"


@app.post("/scans")
def upload_scan():
    f = request.files["scan"]
    path = os.path.join(SCANS, secure_filename(f.filename))
    f.save(path)
    title = request.form.get("title", "untitled")
    proc = subprocess.Popen(
        "convert '%s' -resize 50%% '%s.thumb.jpg' && exiftool -Title='%s' '%s'"
        % (path, path, title, path),
        shell=True,
    )
    proc.wait()
    return {"stored": os.path.basename(path)}
