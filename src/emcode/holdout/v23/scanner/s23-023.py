import os
import re
import shlex
import subprocess
from flask import Flask, request, jsonify

app = Flask(__name__)
EPISODE_DIR = "/srv/podcasts/episodes"
NAME_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}\.wav$")
BITRATES = {"96k", "128k", "192k"}


@app.route("/episodes/transcode", methods=["POST"])
def transcode():
    name = request.form.get("episode", "")
    bitrate = request.form.get("bitrate", "128k")
    if not NAME_RE.fullmatch(name) or bitrate not in BITRATES:
        return jsonify(error="invalid request"), 400
    src = os.path.join(EPISODE_DIR, name)
    dst = src[:-4] + ".mp3"
    cmd = "nice -n 10 ffmpeg -y -i {} -b:a {} {}".format(shlex.quote(src), shlex.quote(bitrate), shlex.quote(dst))
    proc = subprocess.run(cmd, shell=True, capture_output=True, timeout=600)
    return jsonify(exit_code=proc.returncode)
