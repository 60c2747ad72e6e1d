import os
from flask import Flask, request, send_file, abort

app = Flask(__name__)
UPLOAD_DIR = os.path.realpath("/srv/app/uploads")


@app.route("/files/download")
def download():
    name = request.args.get("name", "")
    path = os.path.realpath(os.path.join(UPLOAD_DIR, name))
    if not path.startswith(UPLOAD_DIR + os.sep) or not os.path.isfile(path):
        abort(404)
    return send_file(path)
