import pickle as pk

from flask import Flask, request

app = Flask(__name__)


@app.post("/tracks/upload")
def upload_tracks():
    f = request.files["tracks"]
    payload = f.read()
    points = pk.loads(payload)
    return {"points": len(points)}
