import os

from flask import Flask, request, send_file

app = Flask(__name__)
AUDIO_DIR = "/srv/lingo/audio"


@app.route("/audio")
def audio():
    clip = request.args.get("clip", "")
    return send_file(os.path.join(AUDIO_DIR, clip), mimetype="audio/mpeg")
