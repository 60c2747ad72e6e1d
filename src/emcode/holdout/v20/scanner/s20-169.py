import os
import subprocess
import tempfile

from flask import Flask, request, send_file, abort

app = Flask(__name__)
CODECS = {"h264": "libx264", "vp9": "libvpx-vp9"}


@app.route("/convert", methods=["POST"])
def convert():
    codec = CODECS.get(request.form.get("codec", "h264"))
    if codec is None:
        abort(400)
    fd_in, src = tempfile.mkstemp(suffix=".in")
    fd_out, dst = tempfile.mkstemp(suffix=".mp4")
    os.close(fd_out)
    with os.fdopen(fd_in, "wb") as fh:
        fh.write(request.files["video"].read())
    subprocess.run(["ffmpeg", "-y", "-i", src, "-c:v", codec, dst], check=True, timeout=600)
    os.unlink(src)
    return send_file(dst, mimetype="video/mp4")
