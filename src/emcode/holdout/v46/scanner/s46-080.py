from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.post("/stations/import-xml")
def import_xml():
    parser = etree.XMLParser(resolve_entities=True, no_network=False)
    root = etree.fromstring(request.get_data(), parser)
    names = [s.findtext("name") for s in root.iter("station")]
    return {"stations": names}
