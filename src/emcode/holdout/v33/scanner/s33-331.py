from flask import Flask, request, send_from_directory

app = Flask(__name__)
AUDIO_DIR = "/srv/lingo/audio"


@app.route("/audio")
def audio():
    clip = request.args.get("clip", "")
    return send_from_directory(AUDIO_DIR, clip, mimetype="audio/mpeg")
