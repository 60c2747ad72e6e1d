from flask import Flask, abort, send_file
from werkzeug.utils import safe_join

app = Flask(__name__)
PHOTOS = "/srv/allotments/photos"


@app.get("/photos/<path:name>")
def photo(name):
    full = safe_join(PHOTOS, name)
    if full is None:
        abort(404)
    try:
        return send_file(full, mimetype="image/jpeg")
    except FileNotFoundError:
        abort(404)
