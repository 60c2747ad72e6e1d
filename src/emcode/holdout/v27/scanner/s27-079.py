from flask import Flask, request

app = Flask(__name__)
ROSTER = ["Ana", "Luis", "Mei"]


@app.route("/roster")
def roster():
    level = request.args.get("level", "all")
    return {"level": level, "students": ROSTER}


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8080, debug=True)
