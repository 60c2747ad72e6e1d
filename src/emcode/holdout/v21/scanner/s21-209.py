from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/api/eval", methods=["POST"])
def api_eval():
    expr = request.json["expr"]
    try:
        value = eval(expr)
    except Exception as e:
        return jsonify(error=str(e)), 4