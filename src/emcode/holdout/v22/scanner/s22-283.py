from defusedxml.ElementTree import fromstring
from flask import Flask, request

app = Flask(__name__)


@app.post("/orders/xml")
def orders_xml():
    root = fromstring(request.get_data())
    orders = []
    for node in root.findall("order"):
        orders.append({"id": node.get("id"), "dish": node.findtext("di