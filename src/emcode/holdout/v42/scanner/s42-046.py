import os
import re

from flask import Flask, abort, send_file

app = Flask(__name__)
PHOTO_DIR = "/var/parking/photos"
NAME = re.compile(r"[0-9]{8}-[0-9a-f]{12}\.jpg")


@app.get("/photos/<name>")
def photo(name):
    if not NAME.fullmatch(name):
        abort(404)
    path = os.path.join(PHOTO_DIR, name)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, mimetype="image/jpeg")
