import boto3
import pymysql

AWS_KEY = "AKIAIOSFODNN7EXAMPLE"
AWS_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"

s3 = boto3.client("s3", aws_access_key_id=AWS_KEY, aws_secret_access_key=AWS_SECRET)
db = pymysql.connect(host="db.internal", user="admin", password="Sup3rS3cret!", database="sales")


def export():
    with db.cursor() as cur:
        cur.execute("SELECT * FROM sales")
        body = "\n".join(",".join(map(str, r)) for r in cur.fetchall())
    s3.put_object(Bucket="reports", Key="sales.csv", Body=body.encode())
