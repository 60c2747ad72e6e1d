from flask import Flask, request

app = Flask(__name__)


@app.post("/quote")
def repair_quote():
    data = request.get_json(force=True)
    rows = ""
    total = 0.0
    for item in data.get("items", []):
        price = float(item.get("price", 0))
        total += price
        rows += "<tr><td>{}</td><td>{:.2f}</td></tr>".format(item.get("part", "?"), price)
    html = "<table><tr><th>Part</th><th>Price</th></tr>" + rows
    html += "<tr><td>Total</td><td>%.2f</td></tr></table>" % total
    return html
