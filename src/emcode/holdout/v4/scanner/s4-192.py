import os
from flask import Flask, request, send_file

app = Flask(__name__)
BASE = "/srv/reports"


@app.route("/download")
def download():
    name = request.args["file"]
    path = os.path.join(BASE, name)
    return send_file(path, as_attachment=True)
