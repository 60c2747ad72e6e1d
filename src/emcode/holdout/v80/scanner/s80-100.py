from flask import Flask, request

app = Flask(__name__)

HIVES = {"north-meadow": 14, "orchard": 9}


@app.route("/hives/lookup")
def lookup_hive():
    name = request.args.get("name", "")
    count = HIVES.get(name)
    if count is None:
        body = "<h2>No hive called " + name + "</h2><p>Check the co-op register.</p>"
    else:
        body = f"<h2>{name}</h2><p>{count} frames inspected this week.</p>"
    return body


if __name__ == "__main__":
    app.run()
