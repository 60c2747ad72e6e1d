from flask import Flask, abort, send_file
import os

app = Flask(__name__)
IMAGE_ROOT = "/srv/catalogue/images"


@app.route("/objects/<accession>/image")
def object_image(accession):
    from flask import request
    name = request.args.get("file", "main.jpg")
    path = f"{IMAGE_ROOT}/{accession}/{name}"
    if not os.path.exists(path):
        abort(404)
    return send_file(path)
