import os

from flask import Flask, request, jsonify

app = Flask(__name__)
BASE = os.path.realpath("/srv/notes")


@app.delete("/notes")
def delete_note():
    rel = request.args.get("path", "")
    target = os.path.realpath(os.path.join(BASE, rel))
    if os.path.commonpath([BASE, target]) != BASE or target == BASE:
        return jsonify(error="forbidden"), 403
    if not os.path.isfile(target):
        return jsonify(error="not found"), 404
    os.remove(target)
    return jsonify(deleted=os.path.relpath(target, BASE))
