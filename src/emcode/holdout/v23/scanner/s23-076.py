import boto3
import psycopg2

DB_PASSWORD = "Winter2026!payroll"
AWS_ACCESS_KEY = "AKIAIOSFODNN7EXAMPLE"
AWS_SECRET_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"


def archive_payslips(month):
    conn = psycopg2.connect(host="db.payroll.internal", dbname="payroll", user="payroll", password=DB_PASSWORD)
    s3 = boto3.client("s3", aws_access_key_id=AWS_ACCESS_KEY, aws_secret_access_key=AWS_SECRET_KEY)
    with conn.cursor() as cur:
        cur.execute("SELECT id, pdf FROM payslips WHERE month = %s", (month,))
        for pid, pdf in cur.fetchall():
            s3.put_object(Bucket="payslip-archive", Key=f"{month}/{pid}.pdf", Body=pdf)
