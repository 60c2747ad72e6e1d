from lxml import etree
from flask import Flask, request, Response

app = Flask(__name__)
parser = etree.XMLParser(resolve_entities=True, no_network=False, load_dtd=True)


@app.route("/soap/order", methods=["POST"])
def soap_order():
    doc = etree.fromstring(request.data, parser)
    order_id = doc.findtext(".//OrderId")
    qty = doc.findtext(".//Quantity")
    reply = f"<Ack><OrderId>{order_id}</OrderId><Qty>{qty}</Qty></Ack>"
    return Response(reply, mimetype="application/xml")
