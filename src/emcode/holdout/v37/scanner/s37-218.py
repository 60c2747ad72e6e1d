from flask import Flask, jsonify, request

app = Flask(__name__)
PIECES = ["Messiah - Hallelujah", "Requiem in D minor", "Carmina Burana - O Fortuna"]


@app.get("/library/search")
def search():
    term = request.args.get("q", "").casefold()
    return jsonify([p for p in PIECES if term in p.casefold()])
