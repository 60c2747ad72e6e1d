from flask import Flask, request

app = Flask(__name__)
PERMITS = set()


@app.post("/parking/permit")
def permit():
    plate = request.form.get("plate", "").upper()
    if len(plate) > 12:
        return "Plate too long: " + plate, 400
    PERMITS.add(plate)
    msg = "Permit issued for " + plate
    return msg
