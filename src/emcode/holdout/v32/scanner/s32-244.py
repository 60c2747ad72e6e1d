from flask import Flask, request

app = Flask(__name__)


@app.route("/scooters/<scooter_id>/ping")
def ping(scooter_id):
    note = request.args.get("note", "")
    return f"Ping sent to scooter {scooter_id}. Note: {note}"
