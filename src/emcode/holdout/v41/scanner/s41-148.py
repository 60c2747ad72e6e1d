import io
import os
import zipfile

from flask import Flask, abort, request

app = Flask(__name__)
DEST = os.path.realpath("/srv/library/scans")


@app.post("/scans/upload")
def upload_scans():
    data = io.BytesIO(request.files["bundle"].read())
    with zipfile.ZipFile(data) as zf:
        for info in zf.infolist():
            if info.is_dir():
                continue
            target = os.path.realpath(os.path.join(DEST, info.filename))
            if os.path.commonpath([DEST, target]) != DEST:
                abort(400, "bad member path")
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with zf.open(info) as src, open(target, "wb") as dst:
                dst.write(src.read())
    return {"ok": True}
