from flask import Flask, jsonify

app = Flask(__name__)
TIMETABLE = [{"route": "A-B", "departs": "08:00"}, {"route": "B-C", "departs": "09:30"}]


@app.after_request
def public_cors(resp):
    resp.headers["Access-Control-Allow-Origin"] = "*"
    return resp


@app.get("/public/timetable")
def timetable():
    return jsonify(TIMETABLE)
