from flask import Flask, request

app = Flask(__name__)

PLOTS = {"A1": "Rhubarb and beans", "B4": "Cut flowers", "C2": "Fallow"}


@app.route("/plots/lookup")
def lookup_plot():
    plot_id = request.args.get("plot", "")
    holder = request.args.get("holder", "guest")
    crop = PLOTS.get(plot_id, "unknown")
    page = "<h2>Plot " + plot_id + "</h2>"
    page += "<p>Registered to: " + holder + "</p>"
    page += "<p>Current use: " + crop + "</p>"
    return page


if __name__ == "__main__":
    app.run(port=5050)
