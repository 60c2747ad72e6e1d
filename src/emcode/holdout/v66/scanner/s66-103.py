import requests
from flask import Flask, session

app = Flask(__name__)
app.secret_key = "radio-kfx-2291-secret"
STREAM_API_KEY = "sk_live_4f9a1c22b7e04d55a0d1"


@app.route("/now-playing")
def now_playing():
    r = requests.get("https://api.streamhost.example/now", headers={"X-Api-Key": STREAM_API_KEY}, timeout=5)
    session["last"] = r.json().get("title")
    return r.json()
