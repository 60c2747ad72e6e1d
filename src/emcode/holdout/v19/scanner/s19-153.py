from flask import Flask, request, jsonify

app = Flask(__name__)
TAGS = {"python": 120, "flask": 33, "rust": 54}


@app.route("/api/tags")
def tags():
    prefix = request.args.get("prefix", "")
    matches = {t: n for t, n in TAGS.items() if t.startswith(prefix)}
    return jsonify(prefix=prefix, matches=matches)
