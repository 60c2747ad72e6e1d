import boto3

s3 = boto3.client("s3")


def upload_roster(path: str, bucket: str = "school-rosters") -> str:
    key = path.rsplit("/", 1)[-1]
    s3.upload_file(path, bucket, key, ExtraArgs={"ServerSideEncryption": "AES256"})
    return f"s3://{bucket}/{key}"


def list_rosters(bucket: str = "school-rosters"):
    paginator = s3.get_paginator("list_objects_v2")
    for page in paginator.paginate(Bucket=buck
