import os
import shlex
import subprocess
from flask import Flask, request, abort
from werkzeug.utils import secure_filename

app = Flask(__name__)
MEDIA = "/srv/media"


@app.route("/thumb", methods=["POST"])
def thumbnail():
    f = request.files["image"]
    name = secure_filename(f.filename or "")
    if not name.lower().endswith((".png", ".jpg", ".jpeg")):
        abort(400)
    src = os.path.join(MEDIA, "in", name)
    f.save(src)
    dst = src + ".thumb.png"
    cmd = "convert {} -resize 128x128 {}".format(shlex.quote(src), shlex.quote(dst))
    subprocess.run(cmd, shell=True, check=True, timeout=30)
    return {"thumb": os.path.basename(dst)}
