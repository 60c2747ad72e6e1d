from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/pass/lookup")
def lookup_pass():
    holder = request.args.get("holder", "guest")
    resort = request.args.get("resort", "North Ridge")
    body = f"""
    <html>
      <head><title>Season pass</title></head>
      <body>
        <h1>{resort}</h1>
        <p>No active pass found for <strong>{holder}</strong>.</p>
      </body>
    </html>
    """
    resp = make_response(body, 404)
    return resp
