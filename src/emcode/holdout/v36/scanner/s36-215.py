from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.post("/edi/customs")
def customs_declaration():
    parser = etree.XMLParser(load_dtd=True, resolve_entities=True, no_network=False)
    root = etree.fromstring(request.get_data(), parser)
    hs_codes = [e.text for e in root.iter("HSCode")]
    return {"consignee": root.findtext("Consignee"), "hs": hs_codes}
