from defusedxml.ElementTree import iterparse
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/fleet/import-statement")
def import_statement():
    total = 0.0
    for _event, elem in iterparse(request.files["statement"].stream):
        if elem.tag == "amount":
            total += float(elem.text or 0)
    return jsonify(total=round(total, 2))
