import os
from flask import Flask, request

app = Flask(__name__)
THEMES = "/srv/blog/themes"


@app.route("/theme.css")
def theme_css():
    theme = request.args.get("t", "default").lstrip("/")
    path = os.path.join(THEMES, theme, "style.css")
    with open(path) as fh:
        return fh.read(), 200, {"Content-Type": "text/css"}
