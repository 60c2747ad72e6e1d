from flask import Flask, request, jsonify
from lxml import etree

app = Flask(__name__)


@app.route("/filings", methods=["POST"])
def filings():
    parser = etree.XMLParser(load_dtd=True, resolve_entities=True)
    doc = etree.fromstring(request.data, parser=parser)
    return jsonify(
        court=doc.findtext("court"),
        case_no=doc.findtext("caseNumber"),
        parties=[p.text for p in doc.iter("party")],
    )
