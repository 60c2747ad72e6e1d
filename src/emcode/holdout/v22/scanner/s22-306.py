from flask import Flask, abort, request

app = Flask(__name__)
FORMULAS = {
    "standard": lambda base: base * 1.21,
    "reduced": lambda base: base * 1.09,
    "export": lambda base: base,
}


@app.get("/quote")
def quote():
    fn = FORMULAS.get(request.args.get("formula", "standard"))
    if fn is None:
        abort(400)
    base = float(request.args.get("base", "10"))
    return {"total": round(fn(base), 2)}
