from flask import Flask, request, jsonify

app = Flask(__name__)


@app.get("/cellar/lookup")
def lookup():
    vintage = request.args.get("vintage", "")
    return jsonify({"vintage": vintage, "bottles": [], "message": "no bottles for this vintage"})
