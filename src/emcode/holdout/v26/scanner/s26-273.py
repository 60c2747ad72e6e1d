import os
import zipfile
from flask import Flask, request

app = Flask(__name__)
DEST = "/srv/menus"


@app.post("/menus/upload")
def upload_menu_bundle():
    bundle = request.files["bundle"]
    with zipfile.ZipFile(bundle) as zf:
        for member in zf.infolist():
            target = os.path.join(DEST, member.filename)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with zf.open(member) as src, open(target, "wb") as out:
                out.write(src.read())
    return {"extracted": len(zf.infolist())}
