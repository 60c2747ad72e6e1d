from defusedxml import ElementTree as SafeET
from defusedxml.common import DefusedXmlException
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/shipments/manifest", methods=["POST"])
def upload_manifest():
    try:
        root = SafeET.fromstring(request.get_data())
    except (SafeET.ParseError, DefusedXmlException):
        return jsonify(error="invalid manifest"), 400
    items = [{"sku": it.get("sku"), "qty": int(it.findtext("qty", "0"))} for it in root.iter("item")]
    return jsonify(count=len(items), items=items)
