import boto3
import psycopg2

AWS_ACCESS_KEY_ID = "AKIAIOSFODNN7EXAMPLE"
AWS_SECRET_ACCESS_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
DB_PASSWORD = "Sup3rS3cret!"


def sync():
    s3 = boto3.client("s3", aws_access_key_id=AWS_ACCESS_KEY_ID,
                      aws_secret_access_key=AWS_SECRET_ACCESS_KEY)
    conn = psycopg2.connect(host="db.internal", user="etl", password=DB_PASSWORD, dbname="dw")
    with conn.cursor() as cur:
        cur.execute("SELECT id, payload FROM exports WHERE sent = false")
        for rid, payload in cur.fetchall():
            s3.put_object(Bucket="exports", Key=f"{rid}.json", Body=payload)


if __name__ == "__main__":
    sync()
