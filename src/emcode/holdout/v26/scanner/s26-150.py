import os
from flask import Flask, request, abort

app = Flask(__name__)
BASE = os.path.realpath("/srv/opendata/files")


@app.get("/files")
def files():
    rel = request.args.get("path", "")
    full = os.path.realpath(os.path.join(BASE, rel))
    if not full.startswith(BASE + os.sep):
        abort(403)
    if not os.path.isfile(full):
        abort(404)
    size = os.path.getsize(full)
    if size > 50 * 1024 * 1024:
        return {"error": "file too large, use the bulk endpo
