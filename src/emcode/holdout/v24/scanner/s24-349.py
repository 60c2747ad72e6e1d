from flask import Flask, Response, request

app = Flask(__name__)
STOCK = {"kibble": 14, "litter": 3}


@app.route("/stock")
def stock():
    item = request.args.get("item", "")
    count = STOCK.get(item)
    text = f"{item}: {count if count is not None else 'unknown'}\n"
    return Response(text, mimetype="text/plain")
