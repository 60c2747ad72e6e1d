from flask import Flask, abort, send_file
from werkzeug.security import safe_join

app = Flask(__name__)
IMAGE_ROOT = "/srv/catalogue/images"


@app.route("/objects/<accession>/image/<path:name>")
def object_image(accession, name):
    path = safe_join(IMAGE_ROOT, accession, name)
    if path is None:
        abort(404)
    try:
        return send_file(path)
    except FileNotFoundError:
        abort(404)
