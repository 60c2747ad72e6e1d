from flask import Flask

app = Flask(__name__)
BERTHS = {1: "occupied", 2: "free", 3: "maintenance", 4: "free"}


@app.route("/berths")
def berths():
    rows = ""
    for num, state in sorted(BERTHS.items()):
        rows += f"<tr><td>{num}</td><td class='{state}'>{state}</td></tr>"
    page = f"""<html><body>
    <h1>Berth board</h1>
    <table>{rows}</table>
    </body></html>"""
    return page
