from flask import Flask, send_from_directory

app = Flask(__name__)
POLICY_DOCS = "/srv/insurance/policy_docs"


@app.route("/policy/document/<path:name>")
def policy_document(name):
    return send_from_directory(POLICY_DOCS, name)
