from flask import Flask, request, jsonify

app = Flask(__name__)
RECORDS = [{"given": "Ada", "surname": "Penrose"}, {"given": "Tom", "surname": "Hale"}]


@app.route("/search")
def search():
    term = request.args.get("q", "").lower()
    hits = [r for r in RECORDS if term in r["surname"].lower()]
    return jsonify(query=term, hits=hits)
