import os
import zipfile

from flask import Flask, request, abort

app = Flask(__name__)
PLUGINS = os.path.realpath("/srv/app/plugins")
MAX_TOTAL = 50 * 1024 * 1024


@app.post("/plugins/install")
def install_plugin():
    archive = zipfile.ZipFile(request.files["bundle"].stream)
    if sum(i.file_size for i in archive.infolist()) > MAX_TOTAL:
        abort(413)
    installed = []
    for info in archive.infolist():
        target = os.path.realpath(os.path.join(PLUGINS, info.filename))
        if not target.startswith(PLUGINS + os.sep):
            abort(400, f"unsafe path in archive: {info.filename}")
        if info.is_dir():
            continue
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with archive.open(info) as src, open(target, "wb") as dst:
            dst.write(src.read())
        installed.append(info.filename)
    return {"installed": installed}
