from flask import Flask, request

app = Flask(__name__)


@app.route("/welcome", methods=["GET"])
def welcome():
    member = request.args.get("member", "traveller")
    tier = request.args.get("tier", "Blue")
    page = f"""
    <!doctype html>
    <html>
      <head><title>Welcome aboard</title></head>
      <body>
        <h2>Welcome back, {member}!</h2>
        <p>Your current status: <strong>{tier}</strong></p>
      </body>
    </html>
    """
    return page
