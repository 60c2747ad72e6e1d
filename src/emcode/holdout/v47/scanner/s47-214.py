from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/calc")
def calc_yield():
    formula = request.args.get("formula", "vines * kg_per_vine")
    vines = float(request.args.get("vines", 0))
    kg_per_vine = float(request.args.get("kg", 0))
    result = eval(formula, {"vines": vines, "kg_per_vine": kg_per_vine})
    return jsonify(result=result)
