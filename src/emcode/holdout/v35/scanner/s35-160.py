import datetime as dt

from flask import Flask

app = Flask(__name__)

WAITING = [("Biscuit", 41), ("Mochi", 12), ("Rex", 230)]


@app.get("/longest-waiting")
def longest_waiting():
    name, days = max(WAITING, key=lambda p: p[1])
    today = dt.date.today()
    return f"""
    <section class="spotlight">
      <h2>Longest stay</h2>
      <p>{name} has been with us for {days} days (as of {today:%d %B %Y}).</p>
    </section>
    """
