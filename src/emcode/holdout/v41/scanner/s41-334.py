from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.post("/labs/import")
def import_lab():
    parser = etree.XMLParser(resolve_entities=True, no_network=False, load_dtd=True)
    root = etree.fromstring(request.data, parser)
    results = [(r.get("code"), r.text) for r in root.iter("result")]
    return {"patient": root.findtext("patient"), "results": results}
