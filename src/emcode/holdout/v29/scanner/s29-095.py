from flask import Flask, request

app = Flask(__name__)


@app.route("/claims/track")
def track():
    ref = request.args.get("ref", "")
    body = f"<h1>Tracking claim {ref}</h1><p>We'll email you when the status changes.</p>"
    return body


@app.route("/claims/help")
def claims_help():
    return render_template("claims_he