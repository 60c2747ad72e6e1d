from flask import Flask, send_from_directory

app = Flask(__name__)
EPISODES = "/srv/radio/episodes"


@app.get("/audio/<path:episode>")
def audio(episode):
    return send_from_directory(EPISODES, episode, mimetype="audio/mpeg")


@app.get("/audio/latest")
def latest():
    names = sorted(os.listd