from flask import Flask, jsonify, request

app = Flask(__name__)

INTERPRETERS = [
    {"name": "Rosa M.", "languages": ["ASL", "LSM"]},
    {"name": "Jon K.", "languages": ["BSL"]},
]


@app.get("/api/interpreters")
def search():
    lang = request.args.get("lang", "").upper()
    matches = [i for i in INTERPRETERS if lang in i["languages"]]
    return jsonify(query=lang, results=matches)
