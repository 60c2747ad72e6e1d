from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.post("/catalogue/xml")
def catalogue_xml():
    parser = etree.XMLParser(resolve_entities=True, no_network=False)
    root = etree.fromstring(request.data, parser)
    titles = [el.text for el in root.iter("title")]
    return {"titles": titles}
