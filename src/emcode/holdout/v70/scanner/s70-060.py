from flask import Flask, request, Response, abort

app = Flask(__name__)
AUDIO_ROOT = "/srv/museum/audio/"
LANGS = {"en", "de", "fr", "es", "ja"}


@app.get("/play")
def play():
    lang = request.args.get("lang", "en")
    stop = request.args.get("stop", "001")
    if lang not in LANGS or not (stop.isdigit() and len(stop) == 3):
        abort(404)
    with open(AUDIO_ROOT + lang + "/" + stop + ".mp3", "rb") as fh:
        data = fh.read()
    return Response(data, mimetype="audio/mpeg")
