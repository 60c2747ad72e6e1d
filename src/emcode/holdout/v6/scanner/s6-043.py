from lxml import etree
from flask import Flask, request

app = Flask(__name__)

@app.post("/import")
def import_xml():
    parser = etree.XMLParser(resolve_entities=True, load_dtd=True)
    doc = etree.fromstring(request.data, parser)
    return {"items": len(doc.findall("item"))}
