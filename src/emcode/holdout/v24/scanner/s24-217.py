import os
from flask import Flask, send_from_directory

app = Flask(__name__)
SCANS_DIR = "/srv/clinic/xray"


@app.route("/xray/<path:filename>")
def xray(filename):
    return send_from_directory(SCANS_DIR, filename, mimetype="image/png")


@app.route("/xray")
def list_xrays():
    return {"files": sorted(os.listdir(SCANS_DIR))}
