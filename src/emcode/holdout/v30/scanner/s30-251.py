from html import escape

from flask import Flask, request

app = Flask(__name__)
ROW = "<tr><td>{sku}</td><td>{qty:d}</td></tr>"


@app.get("/pick-list")
def pick_list():
    skus = request.args.getlist("sku")
    qtys = request.args.getlist("qty", type=int)
    body = "".join(ROW.format(sku=escape(s), qty=q) for s, q in zip(skus, qtys))
    return "<table><tr><th>SKU</th><th>Qty</th></tr>{}</table>".format(body)
