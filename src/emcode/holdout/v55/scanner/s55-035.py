import os

from flask import Flask, request, send_from_directory

app = Flask(__name__)
BASE = "/srv/ferry/manifests"


@app.route("/manifest")
def manifest():
    return send_from_directory(BASE, request.args["name"], mimetype="text/plain")


@app.route("/manifest/list")
def manifest_list():
    return {"files": sorted(os.listdir(BA