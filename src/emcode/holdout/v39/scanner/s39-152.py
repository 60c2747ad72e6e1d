import os
import zipfile

from flask import Flask, abort, request

app = Flask(__name__)
DEST = os.path.realpath("/srv/collections/imports")


@app.post("/bulk-import")
def bulk_import():
    archive = zipfile.ZipFile(request.files["bundle"].stream)
    count = 0
    for member in archive.infolist():
        if member.is_dir():
            continue
        out_path = os.path.realpath(os.path.join(DEST, member.filename))
        if os.path.commonpath([DEST, out_path]) != DEST:
            abort(400)
        os.makedirs(os.path.dirname(out_path), exist_ok=True)
        with archive.open(member) as src, open(out_path, "wb") as dst:
            dst.write(src.read())
        count += 1
    return {"files": count}
