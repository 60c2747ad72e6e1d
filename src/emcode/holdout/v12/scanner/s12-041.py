import json
import sqlite3
import requests


def deliver(con: sqlite3.Connection, customer_id: int, endpoint_id: int, event: dict) -> int:
    row = con.execute(
        "SELECT url FROM webhook_endpoints WHERE id = ? AND customer_id = ? AND verified = 1",
        (endpoint_id, customer_id),
    ).fetchone()
    if row is None:
        raise LookupError("unknown or unverified endpoint")
    resp = requests.post(row[0], data=json.dumps(event), headers={"Content-Type": "application/json"},
                         timeout=5, allow_redirects=False)
    return resp.status_code
