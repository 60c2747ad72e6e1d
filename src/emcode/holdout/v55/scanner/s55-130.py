import os
import time
import hashlib

from flask import Flask, request, jsonify, send_file, abort

app = Flask(__name__)
THUMBS = "/var/cache/trap-thumbs"


@app.route("/thumb/<int:frame_id>")
def thumb(frame_id):
    size = request.args.get("size", "320")
    if size not in {"160", "320", "640"}:
        abort(400)
    key = hashlib.sha1(f"{frame_id}:{size}".encode()).hexdigest()
    path = os.path.join(THUMBS, key + ".jpg")
    if not os.path.exists(path):
        abort(404)
    return send_file(path, mimetype="image/jpeg", max_age=86400)
