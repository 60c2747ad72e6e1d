import requests
from flask import Flask, request, abort

app = Flask(__name__)

CAMERAS = {
    "ridge-01": "10.20.0.11",
    "ridge-02": "10.20.0.12",
    "pond-01": "10.20.1.5",
}


@app.route("/traps/thumbnail")
def thumbnail():
    ip = CAMERAS.get(request.args.get("camera", ""))
    if ip is None:
        abort(404)
    frame = request.args.get("frame", "latest")
    if frame != "latest" and not frame.isdigit():
        abort(400)
    r = requests.get(f"http://{ip}/api/frames/{frame}/thumb", timeout=5)
    return r.content, r.status_code, {"Content-Type": "image/jpeg"}
