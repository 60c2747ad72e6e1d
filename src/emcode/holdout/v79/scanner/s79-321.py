from flask import Flask, jsonify

app = Flask(__name__)
GRAVES = [{"plot": "A12", "name": "Mary Hollis", "died": 1891}]


@app.route("/graves")
def graves():
    return jsonify(GRAVES)


if __name__ == "__main__":
    app.run(debug=True)
    print("server sto