import os
import shelve
import tempfile

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.post("/import/subscribers")
def import_subscribers():
    up = request.files["db"]
    workdir = tempfile.mkdtemp()
    path = os.path.join(workdir, "import.db")
    up.save(path)
    with shelve.open(path.rsplit(".", 1)[0] if path.endswith(".db") else path) as db:
        emails = list(db.get("emails", []))
    return jsonify(imported=len(emails))
