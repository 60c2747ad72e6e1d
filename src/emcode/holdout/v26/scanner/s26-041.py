from flask import Flask, request, jsonify

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 1 * 1024 * 1024
READINGS: list[dict] = []


@app.post("/readings")
def add_readings():
    batch = request.get_json(silent=True)
    if not isinstance(batch, list) or len(batch) > 1000:
        return jsonify(error="send a list of at most 1000 readings"), 400
    READINGS.extend(r for r in batch if isinstance(r, dict))
    return jsonify(stored=len(batch))


@app.get("/readings")
def list_readings():
    limit = min(max(int(request.args.get("limit", 100)), 1), 500)
    return jsonify(READINGS[-limit:])
