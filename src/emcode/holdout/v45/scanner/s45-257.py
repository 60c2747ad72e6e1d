from urllib.parse import urlparse

from flask import Flask, request, abort, jsonify

app = Flask(__name__)


@app.post("/admin/rooms/<slug>/reset")
def reset_room(slug):
    ref = urlparse(request.headers.get("Referer", ""))
    if not (ref.hostname or "").endswith("lockedroom.example"):
        abort(403)
    return jsonify(reset=slug)
