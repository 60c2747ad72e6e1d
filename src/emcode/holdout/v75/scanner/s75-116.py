import os

from flask import Flask, request

app = Flask(__name__)
UPLOADS = os.path.join(app.root_path, "static", "waivers")


@app.post("/membership/waiver")
def upload_waiver():
    f = request.files["waiver"]
    f.save(os.path.join(UPLOADS, f.filename))
    return {"url": f"/static/waivers/{f.filename}"}
