import os
import subprocess

from flask import Flask, request

app = Flask(__name__)
MEDIA = "/srv/podcasts/media"


@app.route("/transcode", methods=["POST"])
def transcode():
    name = request.form["filename"]
    bitrate = request.form.get("bitrate", "128k")
    src = os.path.join(MEDIA, name)
    cmd = f"ffmpeg -y -i {src} -b:a {bitrate} {src}.mp3"
    subprocess.run(cmd, shell=True, check=True)
    return {"status": "ok"}
