import os

from flask import Flask, abort, send_file
from werkzeug.security import safe_join

app = Flask(__name__)
THEMES = "/opt/site/themes"


@app.route("/theme/<theme>/<path:asset>")
def theme_asset(theme, asset):
    path = safe_join(THEMES, theme, asset)
    if path is None or not os.path.isfile(path):
        abort(404)
    return send_file(path)
