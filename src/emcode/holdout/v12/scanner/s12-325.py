import csv
import os
import tempfile
import boto3
import pymysql


def export_orders(fd):
    conn = pymysql.connect(host=os.environ["DB_HOST"], user=os.environ["DB_USER"],
                           password=os.environ["DB_PASSWORD"], database="shop")
    with conn.cursor() as cur, os.fdopen(fd, "w", newline="") as fh:
        cur.execute("SELECT id, customer_id, total, created_at FROM orders WHERE created_at >= CURDATE() - INTERVAL 1 DAY")
        writer = csv.writer(fh)
        writer.writerow(["id", "customer", "total", "created"])
        writer.writerows(cur.fetchall())
    conn.close()


def upload(path):
    s3 = boto3.client("s3")
    s3.upload_file(path, "acme-reports", "orders/daily.csv")


if __name__ == "__main__":
    fd, path = tempfile.mkstemp(suffix=".csv")
    try:
        export_orders(fd)
        upload(path)
    finally:
        os.unlink(path)
