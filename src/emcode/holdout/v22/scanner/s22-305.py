from flask import Flask, jsonify, request

app = Flask(__name__)


@app.get("/logs/grep")
def grep():
    needle = request.args.get("q", "")[:200]
    if not needle:
        return jsonify([])
    with open("/var/log/app/app.log", encoding="utf-8", errors="replace") as fh:
        hits = [line.rstrip() for line in fh if needle in line]
    return jsonify(hits[-100:])
