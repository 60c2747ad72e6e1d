from flask import Flask, request

app = Flask(__name__)

ROW = "<li>{station}: {price}</li>"
PAGE = "<h1>Prices near {where}</h1><ul>{rows}</ul>"
PRICES = {"Elm St": 1.62, "Harbour Rd": 1.59}


@app.get("/prices")
def prices():
    where = request.args.get("near", "you")
    rows = "".join(ROW.format(station=s, price=p) for s, p in PRICES.items())
    doc = PAGE.format(where=where, rows=rows)
    return doc, 200
