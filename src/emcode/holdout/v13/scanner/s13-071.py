import os
import boto3

def export(body: bytes) -> None:
    s3 = boto3.client("s3", aws_access_key_id=os.environ["AWS_ACCESS_KEY_ID"],
                      aws_secret_access_key=os.environ["AWS_SECRET_ACCESS_KEY"])
    s3.put_object(Bucket=os.environ.get("EXPORT_BUCKET", "exports"), Key="events.csv", Body=body)
