import os

import requests
from flask import Flask, session

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET_KEY"]
STREAM_API_KEY = os.environ["STREAM_API_KEY"]


@app.route("/now-playing")
def now_playing():
    r = requests.get("https://api.streamhost.example/now", headers={"X-Api-Key": STREAM_API_KEY}, timeout=5)
    session["last"] = r.json().get("title")
    return r.json()
