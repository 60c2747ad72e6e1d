import traceback

from flask import Flask, request

app = Flask(__name__)


@app.post("/signup")
def signup():
    try:
        age = int(request.form["age"])
        site = request.form["site"]
        # registry.enrol(age=age, site=site)
        return {"status": "ok", "site": site, "age": age}
    except Exception as exc:
        return {"error": str(exc), "trace": traceback.format_exc()}, 500
