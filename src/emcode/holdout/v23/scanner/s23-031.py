from lxml import etree
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/shipments/manifest", methods=["POST"])
def upload_manifest():
    parser = etree.XMLParser(resolve_entities=True, no_network=False, load_dtd=True)
    root = etree.fromstring(request.data, parser)
    items = []
    for item in root.iter("item"):
        items.append({"sku": item.get("sku"), "qty": int(item.findtext("qty", "0"))})
    return jsonify(count=len(items), items=items)
