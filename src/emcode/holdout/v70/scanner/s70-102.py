import os
from flask import Flask, request, send_file

app = Flask(__name__)
DOCS = "/srv/allotments/documents"


@app.route("/download")
def download():
    fname = request.args["file"]
    return send_file(os.path.join(DOCS, fname))
