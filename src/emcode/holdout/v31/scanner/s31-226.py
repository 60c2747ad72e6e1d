from defusedxml.ElementTree import iterparse
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.post("/agency/feed")
def agency_feed():
    count = 0
    prices = []
    for _event, elem in iterparse(request.stream, events=("end",)):
        if elem.tag == "property":
            count += 1
            try:
                prices.append(int(elem.findtext("price", "0")))
            except ValueError:
                pass
            elem.clear()
    avg = sum(prices) / len(prices) if prices else 0
    return jsonify(properties=count, average_price=round(avg))
