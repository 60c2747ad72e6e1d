from flask import Flask, jsonify, request

app = Flask(__name__)

VOYAGES = {"MSC-201": {"vessel": "Aurora", "eta": "2024-07-14"}}


@app.get("/voyages/<code>")
def voyage(code):
    v = VOYAGES.get(code.upper())
    if v is None:
        return jsonify({"error": "unknown voyage"}), 404
    return jsonify(v)


@app.get("/voyages")
def voyages():
    port = request.args.get("port")
    return jsonify(sorted(VOYAGES))


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8080, debug=True)
