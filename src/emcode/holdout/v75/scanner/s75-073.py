from flask import Flask, request

app = Flask(__name__)


@app.route("/plots/welcome")
def welcome():
    holder = request.args.get("holder", "")
    page = f"""
    <html><body>
      <h1>Welcome to Greenlane allotments, {holder}!</h1>
      <p>Your plot key can be collected from the shed on Saturday.</p>
    </body></html>
    """
    return page


@app.route("/plots/rules")
def rules():
    return """
    <h1>Site rules</h1>
    <ol>
      <li>No hosepipes between 10:00 and 16:00</li>
      <li>Bonfires only on the first Sund