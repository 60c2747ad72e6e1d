from flask import Flask, send_file, abort
from werkzeug.utils import safe_join

app = Flask(__name__)
MEDIA = "/srv/media"


@app.get("/media/<path:filename>")
def media(filename):
    path = safe_join(MEDIA, filename)
    if path is None:
        abort(404)
    return send_file(path)
