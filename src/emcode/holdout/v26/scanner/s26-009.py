from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/discount")
def discount():
    rule = request.json["rule"]
    scope = {"total": float(request.json["total"]), "discount": 0}
    exec(rule, scope)
    return jsonify(discount=scope["discount"])
