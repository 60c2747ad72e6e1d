from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/reminder")
def reminder():
    owner = request.args.get("owner", "there")
    pet = request.args.get("pet", "your pet")
    message = "Hi " + owner + ", " + pet + " is due for a vaccination booster this month."
    return jsonify({"message": message})
