import os

from flask import Flask, request, send_file, abort

app = Flask(__name__)
PHOTO_ROOT = "/srv/traps/photos"


@app.route("/photo")
def photo():
    name = request.args.get("name", "")
    path = os.path.join(PHOTO_ROOT, name)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, mimetype="image/jpeg")
