import os
from subprocess import call as run_cmd
from flask import Flask, request, jsonify

app = Flask(__name__)
EPISODE_DIR = "/srv/podcasts/episodes"


@app.route("/episodes/transcode", methods=["POST"])
def transcode():
    name = request.form["episode"]
    bitrate = request.form.get("bitrate", "128k")
    src = os.path.join(EPISODE_DIR, name)
    cmd = "ffmpeg -y -i %s -b:a %s %s.mp3" % (src, bitrate, src)
    code = run_cmd(cmd, shell=True)
    return jsonify(exit_code=code)
