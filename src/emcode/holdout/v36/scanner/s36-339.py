import zipfile
from pathlib import Path

from flask import Flask, request

app = Flask(__name__)
ASSETS = Path("/srv/studio/asset-drops")


@app.post("/assets/<pack>")
def upload_pack(pack):
    if not pack.isalnum():
        return {"error": "bad pack name"}, 400
    dest = ASSETS / pack
    dest.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(request.files["archive"].stream) as zf:
        for member in zf.infolist():
            target = dest / member.filename
            if member.is_dir():
                target.mkdir(parents=True, exist_ok=True)
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(member) as src, open(target, "wb") as out:
                out.write(src.read())
    return {"ok": True}
