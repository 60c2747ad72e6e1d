from flask import Flask, request

app = Flask(__name__)

TARIFFS = {
    "standard": lambda kg: max(0.0, kg - 23) * 12.0,
    "sports": lambda kg: 45.0 + max(0.0, kg - 32) * 15.0,
    "pet": lambda kg: 70.0 + kg * 1.5,
}


@app.post("/fees/quote")
def quote():
    weight = float(request.form.get("weight", "0"))
    kind = request.form.get("kind", "standard")
    if kind not in TARIFFS:
        return {"error": "unknown tariff"}, 400
    return {"fee": round(TARIFFS[kind](weight), 2)}
