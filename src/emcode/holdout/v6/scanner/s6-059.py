import boto3
import psycopg2

DB_PASSWORD = "Sup3rS3cret!2024"
AWS_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"

conn = psycopg2.connect(host="db.internal", user="app", password=DB_PASSWORD)
s3 = boto3.client("s3", aws_access_key_id="AKIAIOSFODNN7EXAMPLE", aws_secret_access_key=AWS_SECRET)
