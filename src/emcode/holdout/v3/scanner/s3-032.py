import os
import zipfile

from flask import Flask, request

app = Flask(__name__)
PLUGINS = "/srv/app/plugins"


@app.route("/plugins", methods=["POST"])
def upload_plugin():
    archive = zipfile.ZipFile(request.files["plugin"].stream)
    for info in archive.infolist():
        target = os.path.join(PLUGINS, info.filename)
        if info.is_dir():
            os.makedirs(target, exist_ok=True)
            continue
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with archive.open(info) as src, open(target, "wb") as dst:
            dst.write(src.read())
    register_plugins(PLUGI