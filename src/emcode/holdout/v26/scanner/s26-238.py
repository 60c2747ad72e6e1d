from flask import Flask, request, jsonify

app = Flask(__name__)
DOGS = {"biscuit": "beagle", "luna": "collie"}


@app.get("/dogs/breed")
def breed():
    name = request.args.get("name", "")
    if name.lower() not in DOGS:
        return f"Unknown dog: {name}", 404
    return jsonify(breed=DOGS[name.lower()])


@app.get("/dogs/all")
def all_dogs():
    return jsonify(sorted(DOGS.ke
