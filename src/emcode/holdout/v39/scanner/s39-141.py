import os
import zipfile

from flask import Flask, request

app = Flask(__name__)
DEST = "/srv/collections/imports"


@app.post("/bulk-import")
def bulk_import():
    archive = zipfile.ZipFile(request.files["bundle"].stream)
    count = 0
    for member in archive.infolist():
        if member.is_dir():
            continue
        out_path = os.path.join(DEST, member.filename)
        os.makedirs(os.path.dirname(out_path), exist_ok=True)
        with archive.open(member) as src, open(out_path, "wb") as dst:
            dst.write(src.read())
        count += 1
    return {"files": count}
