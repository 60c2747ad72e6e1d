from flask import Flask, request

app = Flask(__name__)

@app.post("/filter")
def filt():
    cond = request.form["cond"]
    data = [{"age": 30}, {"age": 17}]
    kept = [d for d in data if eval(cond, {}, d)]
    return {"kept": len(kept), "items": ke