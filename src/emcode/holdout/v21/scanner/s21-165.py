import os
from flask import Flask, request, abort
from werkzeug.utils import secure_filename

app = Flask(__name__)
IMPORT_DIR = "/srv/imports"


@app.route("/imports", methods=["POST"])
def imports():
    f = request.files["sheet"]
    name = secure_filename(f.filename or "")
    if not name.lower().endswith(".csv"):
        abort(400, "only .csv files are accepted")
    f.save(os.path.join(IMPORT_DIR, name))
    return {"saved": name}, 201
