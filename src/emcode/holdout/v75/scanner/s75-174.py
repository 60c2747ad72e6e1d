from flask import Flask, jsonify

app = Flask(__name__)

CLASSES = [{"day": "Tue", "name": "Intro to lead"}, {"day": "Thu", "name": "Youth squad"}]


@app.get("/classes")
def classes():
    return jsonify(CLASSES)


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8000, debug=True)
