import zipfile
import tempfile
from flask import Flask, request

app = Flask(__name__)
THEMES = "/srv/blog/themes"

@app.route("/admin/themes", methods=["POST"])
def upload_theme():
    f = request.files["theme"]
    with tempfile.TemporaryFile() as tmp:
        f.save(tmp)
        tmp.seek(0)
        with zipfile.ZipFile(tmp) as zf:
            zf.extractall(THEMES)
    return "installed", 201
