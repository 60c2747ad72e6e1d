from flask import Flask, request, send_from_directory

app = Flask(__name__)
DOCS = "/srv/harbour/bills_of_lading"


@app.get("/bol")
def bill_of_lading():
    name = request.args["file"]
    return send_from_directory(DOCS, name, mimetype="application/pdf")
