import os
import zipfile
from flask import Flask, request

app = Flask(__name__)
SITES = "/srv/static-sites"


@app.post("/sites/<int:site_id>/upload")
def upload_site(site_id):
    archive = request.files["bundle"]
    dest = os.path.join(SITES, str(site_id))
    os.makedirs(dest, exist_ok=True)
    with zipfile.ZipFile(archive) as zf:
        for member in zf.namelist():
            zf.extract(member, dest)
    return {"files": len(os.listdir(dest))}
