from flask import Flask, abort, send_file
from werkzeug.utils import safe_join

app = Flask(__name__)
FLASH_DIR = "/srv/studio/flash"


@app.route("/flash/<path:name>")
def flash_sheet(name):
    path = safe_join(FLASH_DIR, name)
    if path is None:
        abort(404)
    try:
        return send_file(path)
    except FileNotFoundError:
        abort(404)
