from flask import Flask, jsonify, request

app = Flask(__name__)
occupied = {"B-12": "KX19 ABC"}


@app.get("/garage/find")
def find_car():
    plate = request.args.get("plate", "").strip()
    for bay, p in occupied.items():
        if p == plate:
            return jsonify(plate=plate, bay=bay)
    return jsonify(error="not found", plate=plate), 404
