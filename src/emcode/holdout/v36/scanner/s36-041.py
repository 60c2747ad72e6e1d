import shutil
import zipfile
from pathlib import Path

from flask import Flask, request

app = Flask(__name__)
ASSETS = Path("/srv/studio/asset-drops").resolve()
MAX_MEMBERS = 2000


@app.post("/assets/<pack>")
def upload_pack(pack):
    if not pack.isalnum():
        return {"error": "bad pack name"}, 400
    dest = ASSETS / pack
    dest.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(request.files["archive"].stream) as zf:
        members = zf.infolist()
        if len(members) > MAX_MEMBERS:
            return {"error": "too many files"}, 400
        for member in members:
            target = (dest / member.filename).resolve()
            if not target.is_relative_to(dest):
                return {"error": "illegal path in archive"}, 400
            if member.is_dir():
                target.mkdir(parents=True, exist_ok=True)
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(member) as src, open(target, "wb") as out:
                shutil.copyfileobj(src, out)
    return {"ok": True}
