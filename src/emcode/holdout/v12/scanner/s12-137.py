import os
import re
from flask import Flask, jsonify, abort

app = Flask(__name__)
SNAP_ROOT = "/srv/backups/snapshots"
SNAP_ID = re.compile(r"\d{8}-\d{6}")


@app.route("/snapshots/<snap>")
def list_snapshot(snap):
    if not SNAP_ID.fullmatch(snap):
        abort(400)
    folder = os.path.join(SNAP_ROOT, snap)
    if not os.path.isdir(folder):
        abort(404)
    return jsonify(sorted(os.listdir(folder)))
