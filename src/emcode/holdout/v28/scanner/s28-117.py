from flask import Flask, request, jsonify
from lxml import etree

app = Flask(__name__)


@app.post("/bol/parse")
def parse_bol():
    parser = etree.XMLParser(resolve_entities=True, load_dtd=True, no_network=False)
    root = etree.fromstring(request.get_data(), parser)
    return jsonify({
        "shipper": root.findtext("shipper/name"),
        "consignee": root.findtext("consignee/name"),
        "containers": [c.text for c in root.iterfind("containers/container")],
    })
