from defusedxml import ElementTree as ET
from flask import Flask, request

app = Flask(__name__)


@app.route("/orders/import", methods=["POST"])
def import_orders():
    root = ET.fromstring(request.data)
    orders = [o.findtext("sku") for o in root.iter("order")]
    return {"imported": len(orders), "skus": orders}
