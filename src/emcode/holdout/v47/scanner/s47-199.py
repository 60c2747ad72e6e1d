from flask import Flask, request

app = Flask(__name__)

VINTAGES = {"2021": 412, "2022": 388, "2023": 455}


@app.route("/harvest")
def harvest_summary():
    block = request.args.get("block", "north slope")
    year = request.args.get("year", "2023")
    tonnes = VINTAGES.get(year, 0)
    page = "<h1>Harvest log</h1>"
    page += f"<p>Block: {block}</p>"
    page += f"<p>Year {year}: {tonnes} kg picked</p>"
    return page


if __name__ == "__main__":
    app.run()
