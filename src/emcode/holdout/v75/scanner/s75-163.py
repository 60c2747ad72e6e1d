import re

from flask import Flask, request

app = Flask(__name__)
PLATE = re.compile(r"[A-Z]{2}[0-9]{2} ?[A-Z]{3}")


@app.post("/parking/register")
def register_car():
    plate = request.form.get("plate", "").upper().strip()
    if not PLATE.fullmatch(plate):
        return {"error": "plate not recognised"}, 400
    return {"plate": plate}
