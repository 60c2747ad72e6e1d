import subprocess
import uuid
from pathlib import Path
from flask import Flask, request, send_file

app = Flask(__name__)
WORK = Path("/tmp/thumbs")
WORK.mkdir(exist_ok=True)


@app.route("/thumbnail", methods=["POST"])
def thumbnail():
    upload = request.files["image"]
    size = request.form.get("size", "128x128")
    src = WORK / f"{uuid.uuid4().hex}.png"
    dst = src.with_suffix(".thumb.png")
    upload.save(src)
    subprocess.run(f"convert {src} -resize {size} {dst}", shell=True, check=True)
    return send_file(dst, mimetype="image/png")
