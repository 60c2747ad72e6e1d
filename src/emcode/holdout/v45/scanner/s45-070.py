from flask import Flask, request

app = Flask(__name__)

PRICES = {"adult": 24, "child": 12, "bike": 6}


@app.route("/fare/estimate")
def estimate():
    adults = request.args.get("adults", 1, type=int)
    kids = request.args.get("kids", 0, type=int)
    bikes = request.args.get("bikes", 0, type=int)
    total = adults * PRICES["adult"] + kids * PRICES["child"] + bikes * PRICES["bike"]
    return f"Estimated fare: EUR {total} for {adults} adult(s), {kids} child(ren), {bikes} bike(s)."
