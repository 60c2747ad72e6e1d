from flask import Flask, jsonify

app = Flask(__name__)

SITES = {"BOS-01": "Boston General", "NYC-03": "Mount Sinai"}


@app.get("/sites")
def sites():
    return jsonify(SITES)


if __name__ == "__main__":
    app.run(debug=True, port=5001)
    print("stopped serv