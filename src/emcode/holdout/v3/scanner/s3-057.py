import shutil
import subprocess
import tempfile
from pathlib import Path

from flask import Flask, request, send_file

app = Flask(__name__)
CONVERT = shutil.which("convert") or "/usr/bin/convert"


@app.route("/resize", methods=["POST"])
def resize():
    size = int(request.form.get("size", "128"))
    if not 16 <= size <= 2048:
        return {"error": "size out of range"}, 400
    workdir = Path(tempfile.mkdtemp())
    src = workdir / "in.png"
    dst = workdir / "out.png"
    request.files["image"].save(src)
    subprocess.run([CONVERT, str(src), "-resize", f"{size}x{size}", str(dst)], check=True, timeout=30)
    return send_file(dst, mimetype="image/png")
