from flask import Flask, request, abort
from defusedxml import ElementTree as DET
from defusedxml.common import DefusedXmlException

app = Flask(__name__)


@app.post("/orders/import")
def import_orders():
    try:
        root = DET.fromstring(request.data)
    except (DET.ParseError, DefusedXmlException):
        abort(400)
    orders = [(o.get("id"), o.findtext("total")) for o in root.iter("order")]
    return {"imported": len(orders)}
