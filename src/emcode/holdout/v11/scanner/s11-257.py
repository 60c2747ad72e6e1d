import os
import re
import subprocess

from flask import Flask, request, abort
from werkzeug.utils import secure_filename

app = Flask(__name__)
WORK = "/srv/thumbs"
SIZE_RE = re.compile(r"^\d{1,4}x\d{1,4}$")


@app.post("/thumbnail")
def thumbnail():
    f = request.files.get("image")
    size = request.form.get("size", "128x128")
    if f is None or not SIZE_RE.match(size):
        abort(400)
    name = secure_filename(f.filename or "") or "upload"
    saved = os.path.join(WORK, name)
    f.save(saved)
    out = saved + ".thumb.png"
    rc = subprocess.call(["convert", saved, "-resize", size, out])
    return {"ok": rc == 0, "thumb": os.path.basename(out)}
