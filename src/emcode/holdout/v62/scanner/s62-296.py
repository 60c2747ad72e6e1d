from flask import Flask, request, Response

app = Flask(__name__)


@app.post("/book")
def book():
    name = request.form.get("name", "")
    slot = request.form.get("slot", "")
    return Response("Booked " + name + " for " + slot + ". See you at the mic!", mimetype="text/plain")
