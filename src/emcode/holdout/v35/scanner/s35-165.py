from flask import Flask, request

app = Flask(__name__)


@app.get("/welcome")
def welcome():
    shop = request.args.get("shop", "our shop")
    html = f"<h1>Welcome to {shop}</h1><p>Design your own tee in minutes.</p>"
    return html


@app.get("/faq")
def faq():
    return """
    <h2>FAQ</h2>
    <dl>
      <dt>How long does printing take?</dt>
      <dd>Usually 3-5 busin