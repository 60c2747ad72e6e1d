from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.post("/svg/validate")
def validate_svg():
    parser = etree.XMLParser(resolve_entities=True)
    doc = etree.fromstring(request.data, parser=parser)
    width = doc.get("width")
    height = doc.get("heig