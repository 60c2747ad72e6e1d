from flask import Flask, send_from_directory
import os

app = Flask(__name__)
MEDIA = os.environ.get("MEDIA_ROOT", "/srv/media")


@app.route("/media/<path:name>")
def media(name):
    return send_from_directory(MEDIA, name)


def list_media():
    return sorted(
        f for f in os.listdir(MEDIA) if not f.startswith("