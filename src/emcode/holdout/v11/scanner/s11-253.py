from subprocess import call as run_cmd
import os

from flask import Flask, request
from werkzeug.utils import secure_filename

app = Flask(__name__)
WORK = "/srv/thumbs"


@app.post("/thumbnail")
def thumbnail():
    f = request.files["image"]
    saved = os.path.join(WORK, secure_filename(f.filename))
    f.save(saved)
    size = request.form.get("size", "128x128")
    out = saved + ".thumb.png"
    rc = run_cmd("convert %s -resize %s %s" % (saved, size, out), shell=True)
    return {"ok": rc == 0, "thumb": os.path.basename(out)}
