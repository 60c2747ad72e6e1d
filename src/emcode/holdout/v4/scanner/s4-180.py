import os
import boto3
import pymysql

s3 = boto3.client("s3")
db = pymysql.connect(
    host=os.environ["DB_HOST"],
    user=os.environ["DB_USER"],
    password=os.environ["DB_PASSWORD"],
    database="sales",
)


def export() -> None:
    with db.cursor() as cur:
        cur.execute("SELECT * FROM sales")
        body = "\n".join(",".join(map(str, r)) for r in cur.fetchall())
    s3.put_object(Bucket=os.environ.get("REPORT_BUCKET", "reports"), Key="sales.csv", Body=body.encode())
