import os
from flask import Flask, send_file, abort

app = Flask(__name__)
SCANS_DIR = "/srv/clinic/xray"


@app.route("/xray/<path:filename>")
def xray(filename):
    full = os.path.join(SCANS_DIR, filename)
    if not os.path.isfile(full):
        abort(404)
    return send_file(full, mimetype="image/png")


@app.route("/xray")
def list_xrays():
    return {"files": sorted(os.listdir(SCANS_DIR))}
