import os
from flask import Flask, request, jsonify, abort
from werkzeug.utils import secure_filename

app = Flask(__name__)
NOTES_DIR = "/srv/notes"


@app.route("/notes/<name>", methods=["GET", "PUT"])
def note(name):
    fname = secure_filename(name)
    if not fname:
        abort(400)
    path = os.path.join(NOTES_DIR, fname + ".md")
    if request.method == "PUT":
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(request.get_data(as_text=True)[:100000])
        return jsonify(saved=fname)
    if not os.path.exists(path):
        abort(404)
    with open(path, encoding="utf-8") as fh:
        return jsonify(name=fname, text=fh.read())
