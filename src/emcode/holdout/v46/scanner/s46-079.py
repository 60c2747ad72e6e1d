from flask import Flask, abort, send_file
from werkzeug.security import safe_join

app = Flask(__name__)
PHOTO_ROOT = "/srv/glacier/photos"


@app.get("/photos/<station>/<path:name>")
def photo(station, name):
    path = safe_join(PHOTO_ROOT, station, name)
    if path is None:
        abort(404)
    try:
        return send_file(path)
    except FileNotFoundError:
        abort(404)
