from flask import Flask, request

app = Flask(__name__)


@app.route("/lots/search")
def lot_search():
    street = request.args.get("street", "")
    page = f"""
    <html><body>
      <h1>Parking near {street}</h1>
      <p>Showing lots within 500 m.</p>
    </body></html>
    """
    return page


@app.route("/lots/<int:lot_id>")
def lot_detail(lot_id):
    return f"""<html><body><h1>Lot {lot_id}</h1><p>Capacit