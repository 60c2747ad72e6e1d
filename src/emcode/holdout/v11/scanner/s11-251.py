import os
import zipfile

from flask import Flask, request

app = Flask(__name__)
PLUGINS = "/srv/app/plugins"


@app.post("/plugins/install")
def install_plugin():
    archive = zipfile.ZipFile(request.files["bundle"].stream)
    installed = []
    for info in archive.infolist():
        if info.is_dir():
            continue
        target = os.path.join(PLUGINS, info.filename)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with archive.open(info) as src, open(target, "wb") as dst:
            dst.write(src.read())
        installed.append(info.filename)
    return {"installed": installed}
