from flask import Flask, request

app = Flask(__name__)


@app.post("/book")
def book():
    name = request.form.get("name", "")
    slot = request.form.get("slot", "")
    return "Booked " + name + " for " + slot + ". See you at the mic!"
