import defusedxml.minidom
from flask import Flask, request

app = Flask(__name__)


@app.post("/soap")
def soap():
    doc = defusedxml.minidom.parseString(request.get_data())
    nodes = doc.getElementsByTagName("OrderId")
    order_id = nodes[0].firstChild.nodeValue if nodes else ""
    return {"order": order_id.strip()}
