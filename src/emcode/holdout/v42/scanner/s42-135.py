from flask import Flask, jsonify, request

app = Flask(__name__)

SITES = {"BOS-01": "Boston General", "NYC-03": "Mount Sinai"}


@app.get("/sites")
def sites():
    code = request.args.get("code")
    if code:
        return jsonify({code: SITES.get(code)})
    return jsonify(SITES)


if __name__ == "__main__":
    app.run(port=50