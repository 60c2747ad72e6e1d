from lxml import etree
from flask import Flask, request

app = Flask(__name__)


@app.post("/soap")
def soap():
    parser = etree.XMLParser(resolve_entities=True, load_dtd=True)
    doc = etree.fromstring(request.data, parser)
    action = doc.find(".//{*}Action")
    return {"action": action.te