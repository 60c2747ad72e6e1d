import io
import zipfile

from flask import Flask, request

app = Flask(__name__)
DEST = "/srv/court/imports"


@app.route("/import", methods=["POST"])
def import_zip():
    archive = zipfile.ZipFile(io.BytesIO(request.files["bundle"].read()))
    for member in archive.infolist():
        target = DEST + "/" + member.filename
        if member.is_dir():
            continue
        with archive.open(member) as src, open(target, "wb") as dst:
            dst.write(src.read())
    return {"files": len(archive.infolist())}
