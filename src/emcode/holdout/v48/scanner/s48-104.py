from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.post("/zones/upload")
def upload_zones():
    parser = etree.XMLParser(load_dtd=True, resolve_entities=True)
    doc = etree.parse(request.files["kml"], parser)
    names = doc.xpath("//*[local-name()='Placemark']/*[local-name()='name']/text()")
    return {"zones": [str(n) for n in names]}
