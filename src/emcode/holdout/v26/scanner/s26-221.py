import os
import boto3

BUCKET = os.environ.get("LABEL_BUCKET", "pharmacy-labels")


def upload_label(pdf_path: str, rx_id: str) -> str:
    s3 = boto3.client("s3")
    key = f"labels/{rx_id}.pdf"
    s3.upload_file(pdf_path, BUCKET, key, ExtraArgs={"ServerSideEncryption": "AES256"})
    return key
