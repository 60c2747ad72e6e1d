import os
from flask import Flask, abort

app = Flask(__name__)
THEMES = "/srv/blog/themes"

@app.route("/theme-asset/<theme>/<path:asset>")
def theme_asset(theme, asset):
    p = os.path.join(THEMES, theme, asset)
    if not os.path.isfile(p):
        abort(404)
    with open(p, "rb") as fh:
        return fh.read()
