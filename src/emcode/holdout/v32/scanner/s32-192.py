from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/miles/calc", methods=["POST"])
def calc():
    distance = float(request.form.get("distance", "0"))
    bonus_rule = request.form.get("rule", "distance * 1")
    miles = eval(bonus_rule, {"distance": distance})
    return jsonify({"distance": distance, "miles": int(mil