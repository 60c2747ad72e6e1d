from flask import Flask, request, jsonify

app = Flask(__name__)
BASE = {"taco": 4.0, "quesadilla": 7.5, "agua": 3.0}


@app.post("/quote")
def quote():
    data = request.get_json()
    subtotal = sum(BASE[i] for i in data["items"] if i in BASE)
    adjust = data.get("adjust", "subtotal")
    total = eval(adjust, {"subtotal": subtotal})
    return jsonify(total=round(total, 2))
