import html

from flask import Flask, request

app = Flask(__name__)

MENU = {"mon": "Shakshuka", "tue": "Mushroom risotto", "wed": "Fish tacos"}


@app.route("/menu")
def menu():
    day = request.args.get("day", "mon")
    dish = MENU.get(day, "Chef's choice")
    shown_day = html.escape(day)
    body = f"""
    <html>
    <head><title>Menu</title></head>
    <body>
      <h1>Menu for {shown_day}</h1>
      <p>{dish}</p>
    </body>
    </html>
    """
    return body
