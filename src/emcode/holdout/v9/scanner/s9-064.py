import requests
import pymysql

DB_PASSWORD = "Sup3rS3cret!2024"
STRIPE_KEY = "sk_live_51HxQ2kLmnopQRsTuvWXyz0123"


def monthly_revenue():
    conn = pymysql.connect(host="db.internal", user="billing", password=DB_PASSWORD, database="billing")
    with conn.cursor() as cur:
        cur.execute("SELECT SUM(amount) FROM payments WHERE created_at > NOW() - INTERVAL 30 DAY")
        return cur.fetchone()[0]


def refund(charge_id):
    return requests.post("https://api.stripe.com/v1/refunds", data={"charge": charge_id},
                         auth=(STRIPE_KEY, ""), timeout=10).json()
