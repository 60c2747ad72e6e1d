import boto3

s3 = boto3.client("s3", region_name="eu-west-1")


def upload_backup(local_path: str, bucket: str = "nightly-backups") -> str:
    key = local_path.rsplit("/", 1)[-1]
    s3.upload_file(local_path, bucket, key, ExtraArgs={"ServerSideEncryption": "AES256"})
    return f"s3://{bucket}/{k