import os

from flask import Flask, request, send_file

app = Flask(__name__)
IMAGES = "/srv/museum/images"


@app.route("/image")
def image():
    name = request.args.get("file", "")
    path = os.path.join(IMAGES, name)
    return send_file(path)
