import os

from flask import Flask, request, send_file

app = Flask(__name__)
PARTS_DIR = "/srv/choir/parts"


@app.route("/parts/download")
def download_part():
    name = request.args["file"]
    return send_file(os.path.join(PARTS_DIR, name), as_attachment=True)
