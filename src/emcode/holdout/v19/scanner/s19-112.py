import os
import boto3
import psycopg2

BUCKET = os.environ.get("EXPORT_BUCKET", "acme-billing-exports")


def export_invoices():
    s3 = boto3.client("s3")
    with psycopg2.connect(os.environ["BILLING_DSN"]) as conn, conn.cursor() as cur:
        cur.execute("SELECT id, total FROM invoices WHERE exported = false")
        lines = "\n".join(f"{i},{t}" for i, t in cur.fetchall())
    s3.put_object(Bucket=BUCKET, Key="invoices.csv", Body=lines.encode())


if __name__ == "__main__":
    export_invoices()
