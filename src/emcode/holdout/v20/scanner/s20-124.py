from defusedxml.ElementTree import fromstring
from flask import Flask, request, Response

app = Flask(__name__)


@app.route("/orders/import", methods=["POST"])
def import_orders():
    root = fromstring(request.data)
    count = 0
    for order in root.findall("order"):
        sku = order.findtext("sku")
        qty = int(order.findtext("qty", "0"))
        if sku and qty > 0:
            count += 1
    return Response(f"<result imported='{count}'/>", mimetype="application/xml")
