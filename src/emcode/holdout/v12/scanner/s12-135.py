import csv
import boto3
import pymysql

DB = dict(host="db.internal", user="reporting", password="R3p0rt!ng2024", database="shop")
AWS_KEY_ID = "AKIAIOSFODNN7EXAMPLE"
AWS_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"


def export_orders(path):
    conn = pymysql.connect(**DB)
    with conn.cursor() as cur, open(path, "w", newline="") as fh:
        cur.execute("SELECT id, customer_id, total, created_at FROM orders WHERE created_at >= CURDATE() - INTERVAL 1 DAY")
        writer = csv.writer(fh)
        writer.writerow(["id", "customer", "total", "created"])
        writer.writerows(cur.fetchall())
    conn.close()


def upload(path):
    s3 = boto3.client("s3", aws_access_key_id=AWS_KEY_ID, aws_secret_access_key=AWS_SECRET)
    s3.upload_file(path, "acme-reports", "orders/daily.csv")


if __name__ == "__main__":
    export_orders("/tmp/orders.csv")
    upload("/tmp/orders.csv")
