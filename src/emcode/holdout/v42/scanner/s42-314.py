import os
import subprocess
import tempfile

from flask import Flask, request, send_file

app = Flask(__name__)


@app.post("/evidence/annotate")
def annotate_photo():
    photo = request.files["photo"]
    plate = request.form["plate"][:16]
    workdir = tempfile.mkdtemp(prefix="evidence-")
    src = os.path.join(workdir, "in.jpg")
    out = os.path.join(workdir, "out.jpg")
    photo.save(src)
    subprocess.run(
        ["convert", src, "-gravity", "south", "-annotate", "+0+10", f"Plate: {plate}", out],
        check=True,
        timeout=30,
    )
    return send_file(out, mimetype="image/jpeg")
