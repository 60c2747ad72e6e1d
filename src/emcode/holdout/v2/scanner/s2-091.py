import os

from flask import Flask, request

app = Flask(__name__)
UPLOADS = "/var/www/static/uploads"


@app.post("/upload")
def upload():
    f = request.files["file"]
    f.save(os.path.join(UPLOADS, f.filename))
    return {"url": "/static/uploads/" + f.filename}
