import os

from flask import Flask, request

app = Flask(__name__)
UPLOADS = os.path.join(app.root_path, "static", "menu-photos")


@app.post("/trucks/photo")
def truck_photo():
    f = request.files["photo"]
    f.save(os.path.join(UPLOADS, f.filename))
    return {"url": "/static/menu-photos/" + f.filename}
