import hashlib
import os

from flask import Flask, request, send_file

from tiles import render_tile

app = Flask(__name__)
CACHE_DIR = "/var/cache/outage-tiles"


@app.route("/tile")
def tile():
    z = request.args.get("z", type=int, default=0)
    x = request.args.get("x", type=int, default=0)
    y = request.args.get("y", type=int, default=0)
    key = hashlib.md5(f"{z}/{x}/{y}".encode(), usedforsecurity=False).hexdigest()
    path = os.path.join(CACHE_DIR, key + ".png")
    if not os.path.exists(path):
        with open(path, "wb") as fh:
            fh.write(render_tile(z, x, y))
    return send_file(path, mimetype="image/png")
