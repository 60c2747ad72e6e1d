import os
from flask import Flask, request, send_file

app = Flask(__name__)
THEMES = "/srv/app/themes"


@app.route("/theme.css")
def theme_css():
    theme = request.cookies.get("theme", "default")
    return send_file(os.path.join(THEMES, theme, "style.css"), mimetype="text/css")
