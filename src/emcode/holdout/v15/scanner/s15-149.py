from flask import Flask, Response, request
from lxml import etree

app = Flask(__name__)


@app.route("/soap/stock", methods=["POST"])
def stock():
    parser = etree.XMLParser(load_dtd=True, resolve_entities=True)
    doc = etree.fromstring(request.data, parser)
    sku = doc.findtext(".//sku")
    body = "<stockResponse><sku>%s</sku><qty>%d</qty></stockResponse>" % (sku, 7)
    return Response(body, mimetype="text/xml")
