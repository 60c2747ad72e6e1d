from flask import Flask, jsonify, request

app = Flask(__name__)
APPLICANTS = ["Amira Khan", "Ben Ortiz", "Chloe Dubois", "Daniel Ng"]


@app.get("/applicants/find")
def find():
    term = request.args.get("q", "").casefold()
    return jsonify([a for a in APPLICANTS if term in a.casefold()])
