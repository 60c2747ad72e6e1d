from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/budget/estimate")
def estimate():
    formula = request.json["formula"]          # e.g. "guests * 85 + 1200"
    guests = int(request.json.get("guests", 100))
    total = eval(formula, {}, {"guests": guests})
    return jsonify(total=total)
