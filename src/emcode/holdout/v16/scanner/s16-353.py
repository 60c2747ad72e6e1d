from defusedxml import ElementTree as ET
from xml.etree.ElementTree import Element, tostring
from flask import Flask, request, Response

app = Flask(__name__)


@app.post("/soap/invoice")
def invoice():
    doc = ET.fromstring(request.data)
    number = doc.findtext(".//InvoiceNumber")
    reply = Element("Ack")
    reply.text = number or ""
    return Response(tostring(reply), mimetype="application/xml")
