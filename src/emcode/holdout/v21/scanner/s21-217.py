from flask import Flask, request, jsonify
import sqlite3

app = Flask(__name__)


@app.route("/orders")
def orders():
    customer = request.args.get("customer")
    conn = sqlite3.connect("shop.db")
    query = "SELECT id, total FROM orders WHERE customer = "
    query += "'" + cust