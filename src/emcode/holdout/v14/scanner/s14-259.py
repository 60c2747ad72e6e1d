import os
from flask import Flask, request, send_file

app = Flask(__name__)
THEMES_DIR = "/srv/app/themes"
THEMES = {"default", "dark", "solarized"}


@app.route("/theme.css")
def theme_css():
    theme = request.cookies.get("theme", "default")
    if theme not in THEMES:
        theme = "default"
    return send_file(os.path.join(THEMES_DIR, theme, "style.css"), mimetype="text/css")
