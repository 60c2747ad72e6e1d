from flask import Flask, request, send_from_directory

app = Flask(__name__)
DOCS = "/srv/permits/documents"


@app.route("/documents")
def get_document():
    name = request.args.get("name", "")
    return send_from_directory(DOCS, name)
