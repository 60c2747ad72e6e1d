from flask import Flask, request, send_file

app = Flask(__name__)


@app.get("/audio")
def audio():
    episode = request.args.get("ep", "")
    return send_file("/srv/radio/episodes/" + episode, mimetype="audio/mpeg")
