from flask import Flask, request

app = Flask(__name__)
occupied = {"B-12": "KX19 ABC"}


@app.get("/garage/find")
def find_car():
    plate = request.args.get("plate", "").strip()
    for bay, p in occupied.items():
        if p == plate:
            return f"Vehicle {plate} is parked in bay {bay}"
    message = "Sorry, vehicle " + plate + " was not found in this garage"
    return message, 404
