from flask import Flask, jsonify

app = Flask(__name__)


@app.get("/api/steps/<int:user_id>")
def steps(user_id):
    from .store import steps_today
    return jsonify(user=user_id, steps=steps_today(user_id))


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=5000, debug=True)
    print("stopped, bye