from lxml import etree
from flask import Flask, request, Response

app = Flask(__name__)


@app.post("/soap/invoice")
def invoice():
    parser = etree.XMLParser(load_dtd=True, resolve_entities=True, no_network=False)
    doc = etree.fromstring(request.data, parser)
    number = doc.findtext(".//InvoiceNumber")
    reply = etree.Element("Ack")
    reply.text = number or ""
    return Response(etree.tostring(reply), mimetype="application/xml")
