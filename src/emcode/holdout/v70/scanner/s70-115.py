import os
from flask import Flask, request

app = Flask(__name__)
UPLOAD_DIR = os.path.join(app.root_path, "static", "uploads")


@app.post("/plots/photo")
def photo():
    f = request.files["photo"]
    f.save(os.path.join(UPLOAD_DIR, f.filename))
    return {"url": "/static/uploads/" + f.filename}
