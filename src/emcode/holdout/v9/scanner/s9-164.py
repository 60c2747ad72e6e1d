import boto3

s3 = boto3.client("s3")


def upload_report(path: str, bucket: str = "reports") -> str:
    key = path.rsplit("/", 1)[-1]
    s3.upload_file(path, bucket, key, ExtraArgs={"ServerSideEncryption": "AES256"})
    return f"s3://{bucket}/{k