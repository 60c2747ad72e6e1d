from flask import Flask, request, jsonify
from defusedxml.ElementTree import fromstring
from defusedxml import EntitiesForbidden, DTDForbidden

app = Flask(__name__)
MD = "{urn:oasis:names:tc:SAML:2.0:metadata}"


@app.route("/sso/metadata", methods=["POST"])
def import_metadata():
    try:
        root = fromstring(request.get_data(), forbid_dtd=True)
    except (EntitiesForbidden, DTDForbidden):
        return jsonify(error="DTDs and entities are not accepted"), 400
    entity_id = root.get("entityID")
    endpoints = [e.get("Location") for e in root.iter(MD + "SingleSignOnService")]
    return jsonify(entity_id=entity_id, endpoints=endpoints)
