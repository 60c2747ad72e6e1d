from flask import Flask, request

app = Flask(__name__)


@app.post("/rules/test")
def test_rule():
    rule = request.form["rule"]
    sample = {"temp": 21, "humidity": 40}
    ok = eval(rule, {}, sample)
    return {"rule": rule, "matched": bool(ok), "sam