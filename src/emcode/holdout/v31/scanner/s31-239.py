from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/payroll/bonus-preview")
def bonus_preview():
    payload = request.get_json()
    formula = payload["formula"]
    salary = float(payload["salary"])
    rating = int(payload["rating"])
    bonus = eval(formula, {}, {"salary": salary, "rating": rating})
    return jsonify(bonus=round(bonus, 2))
