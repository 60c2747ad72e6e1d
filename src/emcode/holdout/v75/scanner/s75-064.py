from flask import Flask, Response, request

app = Flask(__name__)


@app.route("/tickets/greet")
def greet_rider():
    rider = request.args.get("name", "rider")
    return Response(f"Thanks {rider}, your day pass is valid until midnight.", mimetype="text/plain")
