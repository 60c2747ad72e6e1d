from datetime import date

from flask import Flask

app = Flask(__name__)

SEASON = {"opens": date(2026, 10, 1), "closes": date(2027, 3, 31), "rinks": 3}


@app.get("/season")
def season():
    days = (SEASON["closes"] - SEASON["opens"]).days
    return f"""
    <main>
      <h1>Skating season</h1>
      <p>Open {SEASON['opens']:%d %B} to {SEASON['closes']:%d %B} ({days} days)</p>
      <p>{SEASON['rinks']} rinks available</p>
    </main>
    """
