import defusedxml.ElementTree as ET
from flask import Flask, request, Response, abort
from xml.sax.saxutils import escape

app = Flask(__name__)


@app.route("/soap/order", methods=["POST"])
def soap_order():
    try:
        doc = ET.fromstring(request.data)
    except ET.ParseError:
        abort(400)
    order_id = doc.findtext(".//OrderId") or ""
    qty = doc.findtext(".//Quantity") or "0"
    reply = f"<Ack><OrderId>{escape(order_id)}</OrderId><Qty>{escape(qty)}</Qty></Ack>"
    return Response(reply, mimetype="application/xml")
