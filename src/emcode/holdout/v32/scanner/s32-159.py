from flask import Flask, request, jsonify

app = Flask(__name__)

CROPS = ["tomato", "courgette", "kale", "runner bean", "beetroot", "chard"]


@app.route("/crops")
def crops():
    q = request.args.get("q", "").lower()
    return jsonify(query=q, matches=[c for c in CROPS if q in c])
