from defusedxml.ElementTree import fromstring
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/filings", methods=["POST"])
def filings():
    doc = fromstring(request.data)
    return jsonify(
        court=doc.findtext("court"),
        case_no=doc.findtext("caseNumber"),
        parties=[p.text for p in doc.iter("party")],
    )
