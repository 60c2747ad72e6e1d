import boto3
import pymysql

AWS_ACCESS_KEY_ID = "AKIAIOSFODNN7EXAMPLE"
AWS_SECRET_ACCESS_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
DB_PASSWORD = "Sup3rS3cret!"

s3 = boto3.client("s3", aws_access_key_id=AWS_ACCESS_KEY_ID, aws_secret_access_key=AWS_SECRET_ACCESS_KEY)


def archive_invoices(bucket):
    conn = pymysql.connect(host="db.internal", user="billing", password=DB_PASSWORD, database="billing")
    with conn.cursor() as cur:
        cur.execute("SELECT id, pdf_path FROM invoices WHERE archived = 0")
        for inv_id, path in cur.fetchall():
            s3.upload_file(path, bucket, f"invoices/{inv_id}.pdf")
            cur.execute("UPDATE invoices SET archived = 1 WHERE id = %s", (inv_id,))
    conn.commit()
