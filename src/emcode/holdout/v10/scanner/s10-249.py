import os
from flask import Flask, request, abort

app = Flask(__name__)
THEMES = os.path.realpath("/srv/blog/themes")


@app.route("/theme.css")
def theme_css():
    theme = request.args.get("t", "default")
    path = os.path.realpath(os.path.join(THEMES, theme, "style.css"))
    if os.path.commonpath([THEMES, path]) != THEMES:
        abort(404)
    try:
        with open(path) as fh:
            return fh.read(), 200, {"Content-Type": "text/css"}
    except FileNotFoundError:
        abort(404)
