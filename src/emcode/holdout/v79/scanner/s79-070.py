import os
import zipfile
from flask import Flask, request

app = Flask(__name__)
DEST = "/srv/genealogy/scans"


@app.post("/scans")
def upload_scans():
    archive = zipfile.ZipFile(request.files["archive"])
    for member in archive.infolist():
        target = os.path.join(DEST, member.filename)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with archive.open(member) as src, open(target, "wb") as dst:
            dst.write(src.read())
    return {"ok": True}
