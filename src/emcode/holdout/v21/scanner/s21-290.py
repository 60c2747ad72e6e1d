from flask import Flask, request, jsonify

app = Flask(__name__)
CITIES = {"paris": 2.1, "oslo": 0.7}


@app.route("/population")
def population():
    city = request.args.get("city", "").lower()
    if city not in CITIES:
        return jsonify(error=f"unknown city {city}"), 404
    return jsonify(city=city, millions=CITIES[city])
