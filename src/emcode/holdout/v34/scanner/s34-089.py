from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.post("/import/gedxml")
def import_gedxml():
    parser = etree.XMLParser(resolve_entities=True, load_dtd=True, no_network=False)
    tree = etree.fromstring(request.get_data(), parser)
    people = tree.findall(".//person")
    return {"people": [p.findtext("name") for p in people]}
