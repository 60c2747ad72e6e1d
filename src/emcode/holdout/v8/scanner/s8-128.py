from flask import Flask, jsonify

app = Flask(__name__)
DEVICES = {"thermo-1": 21.5, "thermo-2": 19.0}


@app.get("/devices")
def devices():
    return jsonify(DEVICES)


@app.get("/devices/<name>")
def device(name):
    return jsonify({name: DEVICES.get(name)})


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8080, debug=True)
