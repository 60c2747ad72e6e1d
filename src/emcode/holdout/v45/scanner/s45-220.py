from flask import Flask

app = Flask(__name__)

DOCKS = [("Northbay", 3), ("Kelp Island", 1), ("Old Pier", 2)]


@app.route("/docks")
def docks():
    free = request_count = 0
    items = []
    for name, berths in DOCKS:
        items.append("<li>%s: %d berths</li>" % (name, berths))
        free += berths
        request_count += 1
    html = "<h1>Docks</h1><ul>" + "".join(items) + "</ul><p>Total free: %d</p>" % free
    return html
