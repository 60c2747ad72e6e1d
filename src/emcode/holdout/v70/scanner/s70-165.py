from flask import Flask, request, Response

app = Flask(__name__)
AUDIO_ROOT = "/srv/museum/audio/"


@app.get("/play")
def play():
    lang = request.args.get("lang", "en")
    stop = request.args.get("stop", "001")
    with open(AUDIO_ROOT + lang + "/" + stop + ".mp3", "rb") as fh:
        data = fh.read()
    return Response(data, mimetype="audio/mpeg")
