from flask import Flask

app = Flask(__name__)

METERS = [("WM-10021", 1842.7), ("WM-10022", 977.1), ("WM-10040", 2210.0)]


@app.route("/dashboard")
def dashboard():
    total = sum(v for _, v in METERS)
    rows = "".join(f"<tr><td>{serial}</td><td>{value:.1f}</td></tr>" for serial, value in METERS)
    page = f"""
    <h1>District 4 meters</h1>
    <table>{rows}</table>
    <p>Total: {total:.1f} m&sup3;</p>
    """
    return page
