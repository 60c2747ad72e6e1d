import io
import zipfile

from flask import Flask, request

app = Flask(__name__)
PACKS = "/srv/lingo/packs"


@app.post("/packs/upload")
def upload_pack():
    data = request.files["pack"].read()
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        for member in zf.namelist():
            zf.extract(member, PACKS)
    return {"ok": True}
