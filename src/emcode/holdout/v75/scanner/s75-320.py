from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.post("/lab/hl7-xml")
def ingest_xml():
    parser = etree.XMLParser(resolve_entities=True, load_dtd=True, no_network=False)
    root = etree.fromstring(request.data, parser)
    samples = [el.get("id") for el in root.iter("sample")]
    return {"samples": samples}
