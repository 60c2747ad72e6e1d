from flask import Flask, request, jsonify
from defusedxml import ElementTree as DET

app = Flask(__name__)


@app.route("/invoices", methods=["POST"])
def import_invoice():
    try:
        root = DET.fromstring(request.data)
    except DET.ParseError:
        return jsonify(error="bad xml"), 400
    return jsonify(number=root.findtext("number"), total=root.findtext("total"))
