from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/newsletter")
def subscribe():
    email = request.form.get("email", "")
    app.logger.info("newsletter signup %s from %s" % (email, request.headers.get("User-Agent")))
    return jsonify(ok=True)
