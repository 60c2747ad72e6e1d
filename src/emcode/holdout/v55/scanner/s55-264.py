import os

from flask import Flask, request, send_file

app = Flask(__name__)
BASE = "/srv/ferry/manifests"


@app.route("/manifest")
def manifest():
    path = os.path.join(BASE, request.args["name"])
    return send_file(path, mimetype="text/plain")


@app.route("/manifest/list")
def manifest_list():
    return {"files": sorted(os.listdir(BA