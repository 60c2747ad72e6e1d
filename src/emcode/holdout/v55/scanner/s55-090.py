from flask import Flask, send_from_directory

app = Flask(__name__)
PHOTO_ROOT = "/srv/traps/photos"


@app.route("/photo/<path:name>")
def photo(name):
    return send_from_directory(PHOTO_ROOT, name, mimetype="image/jpeg")
