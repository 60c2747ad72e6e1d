import psycopg2
from flask import Flask, request

app = Flask(__name__)


@app.get("/invoices")
def invoices():
    customer = request.args.get("customer", "")
    conn = psycopg2.connect("dbname=billing")
    cur = conn.cursor()
    sql = "SELECT number, total FROM invoices WHERE custo