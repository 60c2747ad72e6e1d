from flask import Flask, request, Response
from lxml import etree

app = Flask(__name__)


@app.route("/soap/claims", methods=["POST"])
def soap_claims():
    parser = etree.XMLParser(no_network=False, resolve_entities=True, dtd_validation=False, load_dtd=True)
    doc = etree.fromstring(request.get_data(), parser)
    ref = doc.findtext(".//{*}ClaimRef")
    body = f"<Envelope><Body><Status ref='{ref}'>OPEN</Status></Body></Envelope>"
    return Response(body, mimetype="text/xml")
