import os

from flask import Flask, request, send_file

app = Flask(__name__)
DOCS = "/srv/permits/documents"


@app.route("/documents")
def get_document():
    name = request.args.get("name", "")
    return send_file(os.path.join(DOCS, name))
