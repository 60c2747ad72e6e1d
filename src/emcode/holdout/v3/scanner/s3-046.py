import tarfile
import tempfile

from flask import Flask, request

app = Flask(__name__)
THEMES = "/srv/app/themes"


@app.route("/themes", methods=["POST"])
def install_theme():
    upload = request.files["theme"]
    with tempfile.TemporaryFile() as tmp:
        upload.save(tmp)
        tmp.seek(0)
        with tarfile.open(fileobj=tmp) as archive:
            archive.extractall(THEMES)
    return {"installed": True}
