import os
import subprocess

from flask import Flask, abort, request
from werkzeug.utils import secure_filename

app = Flask(__name__)
MEDIA = "/srv/podcasts/media"
BITRATES = {"64k", "96k", "128k", "192k"}


@app.route("/transcode", methods=["POST"])
def transcode():
    name = secure_filename(request.form.get("filename", ""))
    bitrate = request.form.get("bitrate", "128k")
    if not name or bitrate not in BITRATES:
        abort(400)
    src = os.path.join(MEDIA, name)
    if not os.path.isfile(src):
        abort(404)
    subprocess.run(["ffmpeg", "-y", "-i", src, "-b:a", bitrate, src + ".mp3"], check=True)
    return {"status": "ok"}
