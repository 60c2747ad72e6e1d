import boto3


def upload_backup(path, bucket="acme-nightly-backups"):
    s3 = boto3.client(
        "s3",
        aws_access_key_id="AKIAIOSFODNN7QWERTY12",
        aws_secret_access_key="wJalrXUtnFEMI/K7MDENG/bPxRfiCYzq9aPlR2Ex",
        region_name="eu-west-1",
    )
    key = "db/" + path.rsplit("/", 1)[-1]
    s3.upload_file(path, bucket, key)
    return key
