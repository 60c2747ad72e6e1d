import os
import zipfile
from flask import Flask, request, abort

app = Flask(__name__)
SITES = os.path.realpath("/srv/static-sites")


@app.post("/sites/<int:site_id>/upload")
def upload_site(site_id):
    dest = os.path.join(SITES, str(site_id))
    os.makedirs(dest, exist_ok=True)
    with zipfile.ZipFile(request.files["bundle"]) as zf:
        for info in zf.infolist():
            target = os.path.realpath(os.path.join(dest, info.filename))
            if os.path.commonpath([target, dest]) != dest:
                abort(400)
        zf.extractall(dest)
    return {"files": len(os.listdir(dest))}
