from flask import Flask, request, jsonify

app = Flask(__name__)
BOOKINGS = []


@app.post("/api/bookings")
def create_booking():
    data = request.get_json(force=True) or {}
    piano = str(data.get("piano", ""))[:80]
    slot = str(data.get("slot", ""))[:32]
    BOOKINGS.append({"piano": piano, "slot": slot})
    return jsonify(created=True, piano=piano, slot=slot), 201
