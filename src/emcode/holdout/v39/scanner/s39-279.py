from flask import Flask, jsonify

app = Flask(__name__)
MACHINES = [{"id": 1, "name": "Combine harvester"}, {"id": 2, "name": "Baler"}]


@app.route("/machines")
def machines():
    return jsonify(MACHINES)


if __name__ == "__main__":
    app.run(debug=True, port=5001)
    print("server stopped; logs are in ./lo