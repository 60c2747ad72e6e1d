from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)

ROW = "<tr><td>{drug}</td><td>{qty:d}</td><td>{days:d}</td></tr>"


@app.post("/rx/preview")
def rx_preview():
    lines = request.get_json().get("lines", [])
    rows = []
    for ln in lines:
        rows.append(ROW.format(drug=escape(str(ln.get("drug", ""))), qty=int(ln.get("qty", 0)), days=int(ln.get("days", 0))))
    table = "<table><tr><th>Drug</th><th>Qty</th><th>Days</th></tr>{}</table>".format("".join(rows))
    return table
