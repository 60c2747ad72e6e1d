from flask import Flask, jsonify, request

app = Flask(__name__)
CONTEXTS = ["C-101 topsoil", "C-102 ditch fill", "C-103 hearth", "C-104 posthole"]


@app.get("/contexts")
def contexts():
    needle = request.args.get("q", "").casefold()
    return jsonify([c for c in CONTEXTS if needle in c.casefold()])
