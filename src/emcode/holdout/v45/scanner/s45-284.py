import pickle as pk

from flask import Flask, request

app = Flask(__name__)


@app.post("/telemetry/replay")
def replay():
    upload = request.files["log"]
    frames = pk.load(upload.stream)
    peak = max((f["alt"] for f in frames), default=0)
    return {"frames": len(frames), "peak_altitude_m": peak}
