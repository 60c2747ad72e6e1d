from flask import Flask, request, jsonify

app = Flask(__name__)


@app.get("/plots/echo")
def echo():
    return jsonify(query=request.args.get("q", ""), results=[])
