import os
from flask import Flask, request

app = Flask(__name__)
UPLOADS = "/srv/uploads"


@app.route("/upload", methods=["POST"])
def upload():
    f = request.files["document"]
    dest = os.path.join(UPLOADS, f.filename)
    f.save(dest)
    return {"saved": f.filename}
