import os

from flask import Flask, request, send_file

app = Flask(__name__)
POLICY_DOCS = "/srv/insurance/policy_docs"


@app.route("/policy/document")
def policy_document():
    name = request.args.get("file", "")
    return send_file(os.path.join(POLICY_DOCS, name))
