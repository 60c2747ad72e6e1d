import os
from flask import Flask, request

app = Flask(__name__)
UPLOADS = "/var/www/uploads"

@app.route("/upload", methods=["POST"])
def upload():
    f = request.files["doc"]
    dest = os.path.join(UPLOADS, f.filename)
    f.save(dest)
    return {"saved": dest}
