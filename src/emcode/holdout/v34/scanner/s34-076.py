from flask import Flask, request

app = Flask(__name__)


@app.post("/recipes/scale")
def scale():
    expr = request.form.get("factor", "1")
    factor = eval(expr)
    grams = {"flour": 500, "water": 350, "salt": 10}
    return {k: v * factor for k, v in grams.items()}
