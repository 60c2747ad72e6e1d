import os
import zipfile
from flask import Flask, request, abort

app = Flask(__name__)
DEST = os.path.realpath("/srv/menus")
MAX_TOTAL = 50 * 1024 * 1024


@app.post("/menus/upload")
def upload_menu_bundle():
    bundle = request.files["bundle"]
    extracted = 0
    with zipfile.ZipFile(bundle) as zf:
        members = zf.infolist()
        if sum(m.file_size for m in members) > MAX_TOTAL:
            abort(413)
        for member in members:
            if member.is_dir():
                continue
            target = os.path.realpath(os.path.join(DEST, member.filename))
            if not target.startswith(DEST + os.sep):
                abort(400)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with zf.open(member) as src, open(target, "wb") as out:
                out.write(src.read())
            extracted += 1
    return {"extracted": extracted}
