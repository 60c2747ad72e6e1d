from flask import Flask, jsonify, request

app = Flask(__name__)


@app.get("/owners/welcome")
def welcome():
    owner = request.args.get("name", "there")
    return jsonify(message=f"Hello {owner}, your pet's next check-up is due soon.")
