import io
import os
import shutil
import zipfile

from flask import Flask, request

app = Flask(__name__)
PACKS = os.path.realpath("/srv/lingo/packs")


@app.post("/packs/upload")
def upload_pack():
    data = request.files["pack"].read()
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        for info in zf.infolist():
            dest = os.path.realpath(os.path.join(PACKS, info.filename))
            if os.path.commonpath([PACKS, dest]) != PACKS:
                return {"error": f"bad entry"}, 400
            if info.is_dir():
                os.makedirs(dest, exist_ok=True)
                continue
            os.makedirs(os.path.dirname(dest), exist_ok=True)
            with zf.open(info) as src, open(dest, "wb") as out:
                shutil.copyfileobj(src, out)
    return {"ok": True}
