from flask import Flask, request, jsonify

app = Flask(__name__)
SCREENINGS = {"nosferatu": ["19:00", "22:00"], "metropolis": ["18:30"]}


@app.get("/screenings")
def screenings():
    film = request.args.get("film", "").strip().lower()
    if film not in SCREENINGS:
        message = "No screenings found for " + film
        return message, 404
    return jsonify(times=SCREENINGS[film])
