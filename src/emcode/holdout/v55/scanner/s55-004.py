from flask import Flask, jsonify, request
from flask_cors import CORS

app = Flask(__name__)
CORS(app, resources={r"/api/public/*": {"origins": "*"}})


@app.route("/api/public/timetable")
def timetable():
    route = request.args.get("route", "OBN-CRA")
    return jsonify({"route": route, "departures": ["07:10", "09:55", "12:40", "16:05"]})
