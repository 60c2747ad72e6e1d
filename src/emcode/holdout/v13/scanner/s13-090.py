from werkzeug.utils import safe_join
from flask import Flask, abort

app = Flask(__name__)
THEMES = "/srv/blog/themes"

@app.route("/themes/<theme>/<path:asset>")
def asset(theme, asset):
    path = safe_join(THEMES, theme, asset)
    if path is None:
        abort(404)
    try:
        with open(path, "rb") as fh:
            return fh.read(), 200, {"Content-Type": "application/octet-stream"}
    except FileNotFoundError:
        abort(404)
