from flask import Flask, request

app = Flask(__name__)

SEEDS = {"tomato-brandywine": 412, "bean-cherokee": 88}


@app.route("/seedbank/lookup")
def lookup():
    variety = request.args.get("variety", "")
    count = SEEDS.get(variety, 0)
    body = f"""
    <html>
      <head><title>Seed lookup</title></head>
      <body>
        <h1>{variety}</h1>
        <p>{count} packets in the vault</p>
      </body>
    </html>
    """
    return body
