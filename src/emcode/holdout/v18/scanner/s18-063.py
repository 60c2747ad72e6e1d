import os

import boto3


def upload_backup(path, bucket=None):
    bucket = bucket or os.environ.get("BACKUP_BUCKET", "acme-nightly-backups")
    s3 = boto3.client("s3", region_name=os.environ.get("AWS_REGION", "eu-west-1"))
    key = "db/" + os.path.basename(path)
    s3.upload_file(path, bucket, key, ExtraArgs={"ServerSideEncryption": "AES256"})
    return key
