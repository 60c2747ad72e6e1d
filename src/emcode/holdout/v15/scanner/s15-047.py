import shelve
import tempfile
import os

from flask import Flask, request

app = Flask(__name__)


@app.route("/import-prefs", methods=["POST"])
def import_prefs():
    up = request.files["db"]
    tmpdir = tempfile.mkdtemp()
    path = os.path.join(tmpdir, "prefs.db")
    up.save(path)
    with shelve.open(path[:-3] if path.endswith(".db") else path) as db:
        prefs = dict(db.get("prefs", {}))
    return {"theme": prefs.get("theme")}
