import os
import boto3
import psycopg2


def sync():
    s3 = boto3.client("s3")
    conn = psycopg2.connect(host=os.environ["DB_HOST"], user=os.environ["DB_USER"],
                            password=os.environ["DB_PASSWORD"], dbname="dw")
    with conn.cursor() as cur:
        cur.execute("SELECT id, payload FROM exports WHERE sent = false")
        for rid, payload in cur.fetchall():
            s3.put_object(Bucket=os.environ["EXPORT_BUCKET"], Key=f"{rid}.json", Body=payload)


if __name__ == "__main__":
    sync()
