import os

from flask import Flask, request, send_file

app = Flask(__name__)
XRAY_DIR = "/srv/vet/xrays"


@app.get("/xrays")
def get_xray():
    name = request.args["file"]
    return send_file(os.path.join(XRAY_DIR, name))
