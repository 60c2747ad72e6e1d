from fractions import Fraction

from flask import Flask, request

app = Flask(__name__)


@app.post("/recipes/scale")
def scale():
    try:
        factor = Fraction(request.form.get("factor", "1"))
    except (ValueError, ZeroDivisionError):
        return {"error": "factor must be a number like 3/2"}, 400
    if not 0 < factor <= 20:
        return {"error": "factor out of range"}, 400
    grams = {"flour": 500, "water": 350, "salt": 10}
    return {k: float(v * factor) for k, v in grams.items()}
