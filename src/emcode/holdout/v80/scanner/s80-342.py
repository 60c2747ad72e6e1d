from flask import Flask, jsonify

app = Flask(__name__)
app.config["DEBUG"] = True
app.config["ENV"] = "development"

DONATIONS = []


@app.get("/donations")
def donations():
    return jsonify(DONATIONS)


@app.post("/donations")
def add_donation():
    from flask import request
    DONATIONS.append(request.get_json())
    return jsonify(ok=Tr