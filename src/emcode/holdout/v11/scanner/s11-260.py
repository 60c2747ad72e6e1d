import os

from flask import Flask, request, jsonify

app = Flask(__name__)
BASE = "/srv/notes/"


@app.delete("/notes")
def delete_note():
    rel = request.args.get("path", "")
    target = BASE + rel
    if not target.startswith(BASE):
        return jsonify(error="forbidden"), 403
    os.remove(target)
    return jsonify(deleted=rel)
