import os
from flask import Flask, send_file

app = Flask(__name__)
BASE = "/srv/files"

@app.route("/download/<path:name>")
def download(name):
    full = os.path.join(BASE, name)
    return send_file(full)
