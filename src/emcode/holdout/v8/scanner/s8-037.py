from flask import Flask, abort, send_from_directory

app = Flask(__name__)
THEMES_ROOT = "/opt/blog/themes"
KNOWN_THEMES = {"classic", "dark", "minimal"}


@app.get("/themes/<theme>/<path:asset>")
def theme_asset(theme, asset):
    if theme not in KNOWN_THEMES:
        abort(404)
    return send_from_directory(f"{THEMES_ROOT}/{theme}", asset)
