from flask import Flask, Response, request

app = Flask(__name__)


@app.get("/appraisal.csv")
def appraisal_csv():
    name = request.args.get("name", "appraisal")
    rows = "sku,estimate\nPS-221,140.00\nPS-222,95.50\n"
    resp = Response(rows, mimetype="text/csv")
    resp.headers["Content-Disposition"] = "attachment; filename=" + name + ".csv"
    return resp
