import os
import subprocess
import tempfile
import uuid
from flask import Flask, request, send_file

app = Flask(__name__)


@app.route("/convert", methods=["POST"])
def convert():
    upload = request.files["audio"]
    work = tempfile.mkdtemp(prefix="conv-")
    src = os.path.join(work, "input")
    dst = os.path.join(work, uuid.uuid4().hex + ".mp3")
    upload.save(src)
    subprocess.run(["ffmpeg", "-nostdin", "-y", "-i", src, "-b:a", "128k", dst], check=True, timeout=120)
    return send_file(dst, mimetype="audio/mpeg")
