from flask import Flask, request, Response

app = Flask(__name__)


@app.route("/boats/check")
def check():
    member = request.args.get("member", "guest")
    return Response(f"Hello {member}, 3 boats available", mimetype="text/plain")
