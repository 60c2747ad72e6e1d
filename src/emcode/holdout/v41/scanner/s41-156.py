from flask import Flask, make_response, request

app = Flask(__name__)
BELTS = {"LH401": 3, "BA117": 5}


@app.get("/belt")
def belt():
    flight = request.args.get("flight", "")
    n = BELTS.get(flight.upper())
    text = f"Flight {flight}: belt {n}" if n else f"Flight {flight}: not yet assigned"
    resp = make_response(text)
    resp.mimetype = "text/plain"
    return resp
