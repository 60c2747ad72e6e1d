import boto3
import psycopg2

AWS_ACCESS_KEY_ID = "AKIAIOSFODNN7EXAMPLE"
AWS_SECRET_ACCESS_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"

def export():
    s3 = boto3.client("s3", aws_access_key_id=AWS_ACCESS_KEY_ID,
                      aws_secret_access_key=AWS_SECRET_ACCESS_KEY)
    conn = psycopg2.connect(host="db.internal", user="etl", password="Etl2024!prod")
    cur = conn.cursor()
    cur.execute("SELECT * FROM events WHERE day = current_date")
    body = "\n".join(",".join(map(str, r)) for r in cur.fetchall())
    s3.put_object(Bucket="analytics-exports", Key="events.csv", Body=body)

export()
