import subprocess
import uuid
from pathlib import Path
from flask import Flask, request, send_file, abort

app = Flask(__name__)
WORK = Path("/var/lib/thumbs")


@app.route("/thumbnail", methods=["POST"])
def thumbnail():
    upload = request.files["image"]
    try:
        w, h = (int(x) for x in request.form.get("size", "128x128").lower().split("x", 1))
    except ValueError:
        abort(400)
    if not (8 <= w <= 1024 and 8 <= h <= 1024):
        abort(400)
    src = WORK / f"{uuid.uuid4().hex}.png"
    dst = src.with_suffix(".thumb.png")
    upload.save(src)
    subprocess.run(["convert", str(src), "-resize", f"{w}x{h}", str(dst)], check=True, timeout=30)
    return send_file(dst, mimetype="image/png")
