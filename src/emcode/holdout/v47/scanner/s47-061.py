from flask import Flask, abort, jsonify, request

app = Flask(__name__)

FORMULAS = {
    "total": lambda vines, kg: vines * kg,
    "tonnes": lambda vines, kg: vines * kg / 1000,
    "cases": lambda vines, kg: vines * kg / 9 * 0.75,
}


@app.route("/calc")
def calc_yield():
    fn = FORMULAS.get(request.args.get("formula", "total"))
    if fn is None:
        abort(400)
    try:
        vines = float(request.args.get("vines", 0))
        kg = float(request.args.get("kg", 0))
    except ValueError:
        abort(400)
    return jsonify(result=fn(vines, kg))
