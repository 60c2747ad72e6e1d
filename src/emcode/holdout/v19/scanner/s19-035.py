import boto3
import psycopg2

BUCKET = "acme-billing-exports"
AWS_KEY_ID = "AKIAIOSFODNN7EXAMPLE"
AWS_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
DB_DSN = "host=db.internal dbname=billing user=exporter password=Exp0rt!2024"


def export_invoices():
    s3 = boto3.client("s3", aws_access_key_id=AWS_KEY_ID, aws_secret_access_key=AWS_SECRET)
    with psycopg2.connect(DB_DSN) as conn, conn.cursor() as cur:
        cur.execute("SELECT id, total FROM invoices WHERE exported = false")
        lines = "\n".join(f"{i},{t}" for i, t in cur.fetchall())
    s3.put_object(Bucket=BUCKET, Key="invoices.csv", Body=lines.encode())


if __name__ == "__main__":
    export_invoices()
