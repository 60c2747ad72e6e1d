from flask import Flask, request

app = Flask(__name__)

@app.route("/recent")
def recent():
    raw = request.cookies.get("recent", "[]")
    items = eval(raw)
    return {"recent": items[:5]}
