import boto3

s3 = boto3.client("s3")

def upload(path: str, bucket: str) -> None:
    s3.upload_file(path, bucket, path)
