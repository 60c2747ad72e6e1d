from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.post("/bookings/import-xml")
def import_xml():
    parser = etree.XMLParser(resolve_entities=True, no_network=False)
    root = etree.fromstring(request.data, parser)
    names = [el.te