from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.post("/routes/import")
def import_route():
    parser = etree.XMLParser(resolve_entities=True, load_dtd=True, no_network=False)
    tree = etree.fromstring(request.data, parser)
    points = tree.findall(".//{*}trkpt")
    return {"points": len(points)}
